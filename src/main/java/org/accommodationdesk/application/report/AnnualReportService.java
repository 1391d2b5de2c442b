package org.accommodationdesk.application.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.accommodationdesk.application.accounts.CurrentUser;
import org.accommodationdesk.application.deadlines.CaseDeadlines;
import org.accommodationdesk.application.report.AnnualReport.Costs;
import org.accommodationdesk.application.report.AnnualReport.Line;
import org.accommodationdesk.application.report.AnnualReport.Row;
import org.accommodationdesk.application.report.AnnualReport.Spread;
import org.accommodationdesk.application.report.AnnualReportQueries.Dimension;
import org.accommodationdesk.application.report.AnnualReportQueries.Measure;
import org.accommodationdesk.application.report.AnnualReportQueries.Outcome;
import org.accommodationdesk.application.stats.Cell;
import org.accommodationdesk.application.stats.Disclosure;
import org.accommodationdesk.application.stats.DisclosureRecords;
import org.accommodationdesk.application.stats.LateReason;
import org.accommodationdesk.application.stats.StatisticsProtection;
import org.accommodationdesk.application.stats.Tally;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.reference.ReferenceDataRepository;
import org.accommodationdesk.domain.request.InvalidInputException;

/**
 * The annual report (issue 23 #6), as the EEOC asks agencies to report every year: requests by
 * arrangement requested and provided, by category, job class and work location, reasons for denial,
 * time taken, missed time frames and why, interim arrangements, costs, sources of technical
 * assistance. For HR and administrators, exact; for union representatives, through the union's
 * protection (ADR 0007) and for whole years only, as their statistics are.
 */
@Stateless
@RolesAllowed({Role.REVIEWER, Role.ADMIN, Role.UNION_REP})
public class AnnualReportService {
  @Inject private AnnualReportQueries queries;
  @Inject private CurrentUser currentUser;
  @Inject private StatisticsProtection protection;
  @Inject private CaseDeadlines deadlines;
  @Inject private ReferenceDataRepository referenceData;
  @Inject private DisclosureRecords disclosures;

  /**
   * The report of a calendar year, or of whole months from {@code fromMonth} to {@code toMonth}
   * (YYYY-MM, HR and administrators only).
   *
   * @throws InvalidInputException naming what is wrong with the period
   */
  public AnnualReport report(Integer year, String fromMonth, String toMonth) {
    boolean union = currentUser.seesProtectedStatistics();
    YearMonth first;
    YearMonth last;
    String period;
    if (fromMonth != null || toMonth != null) {
      if (union) {
        throw InvalidInputException.of(
            "period", "union representatives see the report of a whole year (year=2026)");
      }
      first = month("from", fromMonth);
      last = month("to", toMonth);
      if (last.isBefore(first)) {
        throw InvalidInputException.of("to", "must not be before from");
      }
      if (first.plusMonths(120).isBefore(last)) {
        throw InvalidInputException.of("to", "a report covers at most ten years");
      }
      period = first + ".." + last;
    } else {
      if (year == null || year < 1900 || year > 2999) {
        throw InvalidInputException.of("year", "give a year from 1900 to 2999");
      }
      first = YearMonth.of(year, 1);
      last = YearMonth.of(year, 12);
      period = String.valueOf(year);
    }
    ZoneId zone = deadlines.calendar().zone();
    Instant from = first.atDay(1).atStartOfDay(zone).toInstant();
    Instant to = last.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    Disclosure d = union ? Disclosure.protect(protection.minimumCellSize()) : Disclosure.exact();

    // a median or a sum over few requests tells about each of them: for the union, only over a true
    // count that the noise cannot bring under the minimum; costs never (a sum moves by one
    // person's cost from one day to the next, which differencing would read)
    int safe = protection.minimumCellSize() + Disclosure.MAX_NOISE;
    Row received =
        rows(queries.outcomes(Dimension.ALL, from, to), d).stream()
            .findFirst()
            .orElse(row("ALL", Map.of(), d));
    Tally decidedTally =
        tally(queries.count(Measure.TIME_TAKEN, from, to).values().stream().toList());
    Cell decided = d.count(decidedTally);
    List<Line> time = lines(queries.count(Measure.TIME_TAKEN, from, to), d, true);
    Tally interimTally = queries.count(Measure.INTERIM, from, to).getOrDefault("ALL", Tally.ZERO);
    Cell interimCount = d.count(interimTally);
    Cell costCount = d.count(queries.count(Measure.COST, from, to).getOrDefault("ALL", Tally.ZERO));
    List<Long> costs = queries.costsInCents(from, to);
    boolean costsShown = !union && !costs.isEmpty();
    AnnualReport report =
        new AnnualReport(
            period,
            first.atDay(1),
            last.atEndOfMonth(),
            union,
            protection.minimumCellSize(),
            received,
            rows(queries.outcomes(Dimension.CATEGORY, from, to), d),
            rows(queries.outcomes(Dimension.ARRANGEMENT_REQUESTED, from, to), d),
            rows(queries.outcomes(Dimension.JOB_CLASS, from, to), d),
            rows(queries.outcomes(Dimension.WORK_LOCATION, from, to), d),
            lines(queries.count(Measure.ARRANGEMENT_PROVIDED, from, to), d, false),
            lines(queries.count(Measure.DENIAL_REASON, from, to), d, false),
            new Spread(
                decided,
                decided.suppressed() || (union && decidedTally.count() < safe)
                    ? null
                    : median(queries.businessDaysTaken(from, to)),
                time),
            late(queries.count(Measure.LATE_BY_REASON, from, to), d),
            d.count(
                queries.count(Measure.PAST_HARD_LIMIT, from, to).getOrDefault("ALL", Tally.ZERO)),
            new Spread(
                interimCount,
                interimCount.suppressed() || (union && interimTally.count() < safe)
                    ? null
                    : median(queries.interimDays(from, to, deadlines.today())),
                List.of()),
            expedited(queries.count(Measure.EXPEDITED, from, to), d),
            new Costs(
                costCount,
                costsShown ? costs.stream().mapToLong(Long::longValue).sum() : null,
                costsShown ? Math.round(median(costs)) : null),
            lines(queries.count(Measure.ASSISTANCE, from, to), d, false),
            lines(queries.count(Measure.MEDICAL_INFORMATION, from, to), d, false));
    disclosures.log("report/annual period=" + period, d);
    return report;
  }

  private static YearMonth month(String field, String text) {
    if (text == null) {
      throw InvalidInputException.of(field, "give a month as YYYY-MM");
    }
    try {
      YearMonth m = YearMonth.parse(text.strip());
      if (m.getYear() < 1900 || m.getYear() > 2999) {
        throw InvalidInputException.of(field, "give a month of the years 1900 to 2999");
      }
      return m;
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of(field, "give a month as YYYY-MM");
    }
  }

  private static List<Row> rows(Map<String, Map<Outcome, Tally>> groups, Disclosure d) {
    List<Row> rows = new ArrayList<>();
    groups.forEach((key, outcomes) -> rows.add(row(key, outcomes, d)));
    return rows;
  }

  private static Row row(String key, Map<Outcome, Tally> outcomes, Disclosure d) {
    return new Row(
        key,
        d.count(tally(List.copyOf(outcomes.values()))),
        d.count(outcomes.getOrDefault(Outcome.GRANTED, Tally.ZERO)),
        d.count(outcomes.getOrDefault(Outcome.DENIED, Tally.ZERO)),
        d.count(outcomes.getOrDefault(Outcome.WITHDRAWN, Tally.ZERO)),
        d.count(outcomes.getOrDefault(Outcome.PENDING, Tally.ZERO)));
  }

  /** Each key's count; for a distribution, every bucket in order, empty ones too. */
  private static List<Line> lines(Map<String, Tally> counts, Disclosure d, boolean buckets) {
    List<Line> lines = new ArrayList<>();
    if (buckets) {
      for (String b : AnnualReportQueries.TIME_BUCKETS) {
        lines.add(new Line(b, d.count(counts.getOrDefault(b, Tally.ZERO))));
      }
      return lines;
    }
    counts.forEach((key, t) -> lines.add(new Line(key, d.count(t))));
    return lines;
  }

  private static List<Line> expedited(Map<String, Tally> counts, Disclosure d) {
    List<Line> lines = new ArrayList<>();
    for (String key : AnnualReportQueries.EXPEDITED_KEYS) {
      lines.add(new Line(key, d.count(counts.getOrDefault(key, Tally.ZERO))));
    }
    return lines;
  }

  private List<LateReason> late(Map<String, Tally> byReason, Disclosure d) {
    return LateReason.of(byReason, d, referenceData);
  }

  private static Tally tally(List<Tally> tallies) {
    Tally sum = Tally.ZERO;
    for (Tally t : tallies) {
      sum = sum.plus(t);
    }
    return sum;
  }

  /** The median of sorted values; null when there are none. */
  static Double median(List<? extends Number> sorted) {
    if (sorted.isEmpty()) {
      return null;
    }
    int n = sorted.size();
    double a = sorted.get((n - 1) / 2).doubleValue();
    double b = sorted.get(n / 2).doubleValue();
    return (a + b) / 2;
  }

  /** Today in the organisation's time zone (the default year of the report). */
  public int currentYear() {
    return deadlines.today().getYear();
  }

  /** Whether the caller sees the protected view. */
  public boolean protectedView() {
    return currentUser.seesProtectedStatistics();
  }

  /** The first day a report may start (for forms). */
  public LocalDate today() {
    return deadlines.today();
  }
}
