package org.accommodationdesk.application.stats;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.accommodationdesk.domain.request.AccommodationRequest;
import org.accommodationdesk.domain.request.Decision;
import org.accommodationdesk.domain.request.DecisionStage;

/**
 * The cells of the statistics cubes that one request counts in, as it stands: its outcome by
 * location, job class and latest decider, its status, its appeal, and its time to first decision,
 * all in the month it was submitted. When a request changes, the cubes change by the difference
 * between its footprint before and after, in the same transaction (ADR 0008).
 */
public record Footprint(Set<CubeCell> cells, Optional<TimeCell> time, long recordKey) {
  /** Nothing: a request that does not exist yet. */
  public static final Footprint NONE = new Footprint(Set.of(), Optional.empty(), 0);

  /**
   * The cube kind of open requests per submission day (its {@code yyyymm} column holds yyyymmdd),
   * category and location: what the backlog sums.
   */
  public static final String OPEN = "OPEN";

  /** A request that renews an approval (counted with the appeals: asked again). */
  public static final String RENEWAL = "RENEWAL";

  /**
   * The cube of first decisions by location: on time, late within the hard limit, or past it
   * (bucket).
   */
  public static final String TIMELY = "TIMELY";

  public static final String ON_TIME = "ON_TIME";
  public static final String LATE = "LATE";
  public static final String PAST_HARD_LIMIT = "PAST_HARD_LIMIT";

  /**
   * The cube of late first decisions by the delay reason recorded ({@code dim}: its code, or {@link
   * #NO_REASON}); whether a reason is acceptable is read from the reason list when shown, so an
   * administrator's change of it needs no rebuild.
   */
  public static final String DELAY = "DELAY";

  /** A late first decision with no delay reason recorded. */
  public static final String NO_REASON = "-";

  /**
   * The cube of how requests were handled ({@code dim}: {@link #EXPEDITED}, {@link #INTERIM},
   * {@link #PROXY}).
   */
  public static final String HANDLING = "HANDLING";

  /** A request HR expedited. */
  public static final String EXPEDITED = "EXPEDITED";

  /** A request that was granted an interim arrangement while it waited. */
  public static final String INTERIM = "INTERIM";

  /** A request someone filed for its employee (HR or a union rep). */
  public static final String PROXY = "PROXY";

  /** The cube of first decisions by the business days their clock ran (bucket, capped). */
  public static final String BUSINESS_DAYS = "BDAYS";

  /** Business days counted one by one; more fall into this last bucket. */
  public static final int MAX_BUSINESS_DAYS = 60;

  /** Seconds per bucket of the time-to-decision histogram: a tenth of a day. */
  public static final int SECONDS_PER_TENTH = 8640;

  /** A cell of {@code stats_cube}. */
  public record CubeCell(String kind, int yyyymm, String category, String dim, String bucket) {}

  /** A cell of {@code stats_decision_time}. */
  public record TimeCell(int yyyymm, String category, int tenths) {}

  /** A change of one cell by {@code sign} (+1 or -1) requests with this record key. */
  public record Change(Object cell, int sign, long recordKey) {}

  public static Footprint of(AccommodationRequest r) {
    YearMonth m = YearMonth.from(r.getSubmittedAt().atZone(ZoneOffset.UTC));
    int yyyymm = m.getYear() * 100 + m.getMonthValue();
    String category = r.asked().getCategory().name();
    String bucket = bucket(r).name();
    Set<CubeCell> cells = new LinkedHashSet<>();
    cells.add(new CubeCell("LOCATION", yyyymm, category, r.getWorkLocation().getCode(), bucket));
    cells.add(new CubeCell("JOB_CLASS", yyyymm, category, r.getJobClass().getCode(), bucket));
    if (r.outcomes().getLatestDecider() != null) {
      cells.add(
          new CubeCell("REVIEWER", yyyymm, category, r.outcomes().getLatestDecider(), bucket));
    }
    cells.add(new CubeCell("STATUS", yyyymm, category, r.getStatus().name(), "-"));
    if (r.getStatus().isOpen()) {
      LocalDate day = LocalDate.ofInstant(r.getSubmittedAt(), ZoneOffset.UTC);
      cells.add(new CubeCell(OPEN, yyyymmdd(day), category, r.getWorkLocation().getCode(), "-"));
    }
    if (r.outcomes().getAppealedAt().isPresent()) {
      cells.add(new CubeCell("APPEAL", yyyymm, category, "", "FILED"));
    }
    if (r.getRenewalOf().isPresent()) {
      cells.add(new CubeCell("APPEAL", yyyymm, category, "", RENEWAL));
    }
    appealResult(r)
        .ifPresent(result -> cells.add(new CubeCell("APPEAL", yyyymm, category, "", result)));
    r.getDecisions().stream()
        .filter(d -> d.getStage() == org.accommodationdesk.domain.request.DecisionStage.INITIAL)
        .findFirst()
        .ifPresent(
            d -> {
              d.getOnTime()
                  .ifPresent(
                      onTime -> {
                        cells.add(
                            new CubeCell(
                                TIMELY,
                                yyyymm,
                                category,
                                r.getWorkLocation().getCode(),
                                timelinessBucket(onTime, d.getWithinHardLimit().orElse(true))));
                        if (!onTime) {
                          cells.add(
                              new CubeCell(
                                  DELAY,
                                  yyyymm,
                                  category,
                                  d.getDelayReason().orElse(NO_REASON),
                                  "-"));
                        }
                      });
              d.getBusinessDays()
                  .ifPresent(
                      days ->
                          cells.add(
                              new CubeCell(
                                  BUSINESS_DAYS, yyyymm, category, "", businessDaysBucket(days))));
            });
    if (r.urgency().isExpedited()) {
      cells.add(new CubeCell(HANDLING, yyyymm, category, EXPEDITED, "-"));
    }
    if (r.caseRecord().getInterim().granted()) {
      cells.add(new CubeCell(HANDLING, yyyymm, category, INTERIM, "-"));
    }
    if (r.getProxy().isProxy()) {
      cells.add(new CubeCell(HANDLING, yyyymm, category, PROXY, "-"));
    }
    Optional<TimeCell> time =
        r.outcomes()
            .getFirstDecisionSeconds()
            .map(s -> new TimeCell(yyyymm, category, (int) (s / SECONDS_PER_TENTH)));
    return new Footprint(cells, time, r.getRecordKey());
  }

  /** A day as the number yyyymmdd. */
  public static int yyyymmdd(LocalDate day) {
    return day.getYear() * 10000 + day.getMonthValue() * 100 + day.getDayOfMonth();
  }

  /** The request's outcome bucket ({@link Bucket#of}). */
  public static Bucket bucket(AccommodationRequest r) {
    return Bucket.of(r.outcomes().getLatestOutcome(), r.getStatus());
  }

  /**
   * A first decision's bucket in the TIMELY cube: on time, late, or past the hard limit (a decision
   * made before the hard limit was recorded counts as within it).
   */
  public static String timelinessBucket(boolean onTime, boolean withinHardLimit) {
    return onTime ? ON_TIME : withinHardLimit ? LATE : PAST_HARD_LIMIT;
  }

  /** The same as SQL over the boolean columns. */
  public static String timelinessBucketSql(String onTimeColumn, String withinHardLimitColumn) {
    return "CASE WHEN "
        + onTimeColumn
        + " THEN '"
        + ON_TIME
        + "' WHEN "
        + withinHardLimitColumn
        + " = FALSE THEN '"
        + PAST_HARD_LIMIT
        + "' ELSE '"
        + LATE
        + "' END";
  }

  /** A late first decision's cell of the DELAY cube as SQL over the reason column. */
  public static String delayReasonSql(String reasonColumn) {
    return "COALESCE(" + reasonColumn + ", '" + NO_REASON + "')";
  }

  /** A first decision's bucket in the BDAYS cube: its business days, capped. */
  public static String businessDaysBucket(int days) {
    return String.valueOf(Math.min(days, MAX_BUSINESS_DAYS));
  }

  /** The same as SQL over an integer column. */
  public static String businessDaysBucketSql(String daysColumn) {
    return "CAST(LEAST(" + daysColumn + ", " + MAX_BUSINESS_DAYS + ") AS VARCHAR(8))";
  }

  /** OVERTURNED when the appeal decision is more favourable than the first, else UPHELD. */
  private static Optional<String> appealResult(AccommodationRequest r) {
    Optional<Decision> initial = decision(r, DecisionStage.INITIAL);
    Optional<Decision> appeal = decision(r, DecisionStage.APPEAL);
    if (initial.isEmpty() || appeal.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        appeal.get().getOutcome().isMoreFavourableThan(initial.get().getOutcome())
            ? "OVERTURNED"
            : "UPHELD");
  }

  private static Optional<Decision> decision(AccommodationRequest r, DecisionStage stage) {
    return r.getDecisions().stream().filter(d -> d.getStage() == stage).findFirst();
  }

  /** What changes in the cubes when a request goes from {@code before} to {@code after}. */
  public static List<Change> changes(Footprint before, Footprint after) {
    List<Change> changes = new ArrayList<>();
    for (CubeCell c : before.cells()) {
      if (!after.cells().contains(c)) {
        changes.add(new Change(c, -1, before.recordKey()));
      }
    }
    for (CubeCell c : after.cells()) {
      if (!before.cells().contains(c)) {
        changes.add(new Change(c, 1, after.recordKey()));
      }
    }
    if (!before.time().equals(after.time())) {
      before.time().ifPresent(t -> changes.add(new Change(t, -1, before.recordKey())));
      after.time().ifPresent(t -> changes.add(new Change(t, 1, after.recordKey())));
    }
    return changes;
  }
}
