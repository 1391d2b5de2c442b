package org.accommodationdesk.domain.request;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A temporary arrangement HR granted while the request waits for its decision: what, from when and
 * until when. It ends by itself when the request is decided or withdrawn, or after its last day.
 * Granting another while one is in force replaces it from its first day; the days each one applied
 * are added up, so that the record says how long the employee worked under interim arrangements.
 */
@Embeddable
public class InterimArrangement {
  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "type", column = @Column(name = "interim_type")),
    @AttributeOverride(name = "remoteDaysPerWeek", column = @Column(name = "interim_days")),
    @AttributeOverride(name = "description", column = @Column(name = "interim_description"))
  })
  private Arrangement arrangement;

  /** Days that interim arrangements replaced or ended before the current one applied. */
  @Column(name = "interim_days_before", nullable = false)
  private int daysBefore;

  @Column(name = "interim_from")
  private LocalDate from;

  @Column(name = "interim_until")
  private LocalDate until;

  /** The last day it applied, once it ended; null while in force. */
  @Column(name = "interim_ended_on")
  private LocalDate endedOn;

  /** Removes the free-text description (a purge). */
  void removeText() {
    if (arrangement != null) {
      arrangement = arrangement.withoutDescription();
    }
  }

  /** Whether one was ever granted. */
  public boolean granted() {
    return from != null;
  }

  /** Whether one is in force (granted and not ended). */
  public boolean inForce() {
    return granted() && endedOn == null;
  }

  /**
   * Grants {@code arrangement} from {@code from} to {@code until} (not before {@code today}),
   * replacing the one in force.
   *
   * @throws InvalidInputException naming what is missing or wrong
   */
  void grant(Arrangement arrangement, LocalDate from, LocalDate until, LocalDate today) {
    FieldErrors errors = new FieldErrors();
    errors.require(arrangement != null, "arrangement", "choose the temporary arrangement");
    errors.require(from != null, "from", "give the first day it applies");
    errors.require(until != null, "until", "give the last day it applies");
    RequestDetails.inRange("from", from, errors);
    RequestDetails.inRange("until", until, errors);
    if (from != null && until != null && until.isBefore(from)) {
      errors.add("until", "until.beforeFrom", "must not come before the first day");
    } else if (until != null && until.isBefore(today)) {
      errors.add("until", "until.past", "must not be in the past");
    }
    errors.throwIfAny();
    if (inForce()) {
      // the one in force applied until the day before the new one, and no later than today (the
      // record holds one arrangement: the rest of the replaced one is not counted)
      daysBefore += days(this.from, min(min(from.minusDays(1), this.until), today));
    }
    this.arrangement = arrangement;
    this.from = from;
    this.until = until;
    this.endedOn = null;
  }

  /**
   * Ends it: its last day is {@code lastDay}, or its own last day when that came first (the day
   * before its first when it ends before it began: it applied no day).
   */
  LocalDate end(LocalDate lastDay) {
    LocalDate last = min(lastDay, until);
    endedOn = last.isBefore(from) ? from.minusDays(1) : last;
    daysBefore += days(from, endedOn);
    return endedOn;
  }

  public Arrangement getArrangement() {
    return arrangement;
  }

  public LocalDate getFrom() {
    return from;
  }

  public LocalDate getUntil() {
    return until;
  }

  public Optional<LocalDate> getEndedOn() {
    return Optional.ofNullable(endedOn);
  }

  /**
   * How many calendar days interim arrangements applied, as of {@code today} (each counting both
   * its ends; one that starts later counts nothing yet); 0 when none was granted.
   */
  public long days(LocalDate today) {
    return granted() ? daysApplied(from, until, endedOn, daysBefore, today) : 0;
  }

  /**
   * The one rule of how many days interim arrangements applied, from the columns as stored (the
   * annual report counts them in SQL's rows): the days of earlier ones, plus the current one's from
   * its first day to its end, or to {@code today} while in force (0 before it starts).
   */
  public static long daysApplied(
      LocalDate from, LocalDate until, LocalDate endedOn, long daysBefore, LocalDate today) {
    return daysBefore + (endedOn == null ? days(from, min(today, until)) : 0);
  }

  private static long days(LocalDate first, LocalDate last) {
    return last.isBefore(first) ? 0 : ChronoUnit.DAYS.between(first, last) + 1;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
