package org.accommodationdesk.application.deadlines;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.accommodationdesk.domain.deadline.BusinessCalendar;
import org.accommodationdesk.domain.deadline.DeadlinePolicy;
import org.accommodationdesk.domain.deadline.Deadlines;
import org.accommodationdesk.domain.reference.Holiday;
import org.accommodationdesk.domain.reference.ReferenceDataRepository;
import org.accommodationdesk.domain.request.AppealWindow;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The deadlines in force: the policy and the time zone from configuration, the holidays from the
 * database. Held in memory (a step must not pay a query for them) and read again at most a minute
 * after a change on another node, at once after one on this node.
 */
@ApplicationScoped
public class CaseDeadlines {
  /** How long another node's change to the holidays may take to reach this one. */
  static final Duration RELOAD_AFTER = Duration.ofMinutes(1);

  @Inject private ReferenceDataRepository referenceData;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "accommodationdesk.zone", defaultValue = "America/Chicago")
  private String zone;

  @Inject
  @ConfigProperty(name = "accommodationdesk.deadlines.weekend", defaultValue = "SATURDAY,SUNDAY")
  private String weekend;

  @Inject
  @ConfigProperty(
      name = "accommodationdesk.deadlines.first-action-days",
      defaultValue = DeadlinePolicy.DEFAULT_FIRST_ACTION_DAYS)
  private int firstActionDays;

  @Inject
  @ConfigProperty(
      name = "accommodationdesk.deadlines.decision-days",
      defaultValue = DeadlinePolicy.DEFAULT_DECISION_DAYS)
  private int decisionDays;

  @Inject
  @ConfigProperty(
      name = "accommodationdesk.deadlines.answer-days",
      defaultValue = DeadlinePolicy.DEFAULT_ANSWER_DAYS)
  private int answerDays;

  @Inject
  @ConfigProperty(
      name = "accommodationdesk.deadlines.appeal-decision-days",
      defaultValue = DeadlinePolicy.DEFAULT_APPEAL_DECISION_DAYS)
  private int appealDecisionDays;

  @Inject
  @ConfigProperty(
      name = "accommodationdesk.deadlines.hard-limit-days",
      defaultValue = DeadlinePolicy.DEFAULT_HARD_LIMIT_DAYS)
  private int hardLimitDays;

  @Inject
  @ConfigProperty(
      name = "accommodationdesk.appeal-window-days",
      defaultValue = DeadlinePolicy.DEFAULT_APPEAL_WINDOW_DAYS)
  private int appealWindowDays;

  /** How long after a decision the employee may appeal it (calendar days, not business days). */
  public AppealWindow appealWindow() {
    return AppealWindow.ofDays(appealWindowDays);
  }

  private record Loaded(Deadlines deadlines, Instant at) {}

  private volatile Loaded loaded;

  /** The deadlines in force now. */
  public Deadlines current() {
    Loaded l = loaded;
    Instant now = clock.instant();
    if (l == null || now.isAfter(l.at().plus(RELOAD_AFTER)) || now.isBefore(l.at())) {
      l = new Loaded(load(), now);
      loaded = l;
    }
    return l.deadlines();
  }

  /** The business calendar in force now. */
  public BusinessCalendar calendar() {
    return current().calendar();
  }

  /** Today, in the organisation's time zone. */
  public LocalDate today() {
    return calendar().dateOf(clock.instant());
  }

  /** Forgets what was loaded: the holidays changed on this node. */
  public void changed() {
    loaded = null;
  }

  /**
   * Checks the configuration at start-up.
   *
   * @throws IllegalStateException naming the setting that is wrong
   */
  public void check() {
    changed();
    current();
  }

  private Deadlines load() {
    DeadlinePolicy policy;
    try {
      policy =
          new DeadlinePolicy(
              firstActionDays, decisionDays, answerDays, appealDecisionDays, hardLimitDays);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("accommodationdesk.deadlines." + e.getMessage(), e);
    }
    Set<LocalDate> holidays =
        referenceData.holidays().stream().map(Holiday::getDay).collect(Collectors.toSet());
    return new Deadlines(new BusinessCalendar(zoneId(), weekendDays(), holidays), policy);
  }

  private ZoneId zoneId() {
    try {
      return ZoneId.of(zone.strip());
    } catch (DateTimeException e) {
      throw new IllegalStateException(
          "accommodationdesk.zone: not a time zone: \"" + zone + "\" (e.g. America/Chicago)", e);
    }
  }

  private Set<DayOfWeek> weekendDays() {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String day : weekend.split(",")) {
      if (day.isBlank()) {
        continue;
      }
      try {
        days.add(DayOfWeek.valueOf(day.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(
            "accommodationdesk.deadlines.weekend: not a day of the week: \""
                + day.strip()
                + "\" (one of "
                + Arrays.toString(DayOfWeek.values())
                + ")",
            e);
      }
    }
    if (days.size() == DayOfWeek.values().length) {
      throw new IllegalStateException(
          "accommodationdesk.deadlines.weekend: a week needs at least one working day");
    }
    return days;
  }
}
