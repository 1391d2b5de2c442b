package org.accommodationdesk.application.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.accommodationdesk.application.accounts.AccountAdministration;
import org.accommodationdesk.application.accounts.CurrentUser;
import org.accommodationdesk.application.deadlines.BusinessCalendarChanged;
import org.accommodationdesk.application.deadlines.CaseDeadlines;
import org.accommodationdesk.application.deadlines.DailyRound;
import org.accommodationdesk.application.deadlines.DailyWork;
import org.accommodationdesk.application.stats.StatisticsProtection;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.account.UserAccount;
import org.accommodationdesk.domain.account.UserAccountRepository;
import org.accommodationdesk.domain.audit.AuditEntry;
import org.accommodationdesk.domain.audit.AuditLog;
import org.accommodationdesk.domain.reference.DenialReason;
import org.accommodationdesk.domain.reference.Holiday;
import org.accommodationdesk.domain.reference.JobClass;
import org.accommodationdesk.domain.reference.ListedReason;
import org.accommodationdesk.domain.reference.ReasonList;
import org.accommodationdesk.domain.reference.ReferenceDataRepository;
import org.accommodationdesk.domain.reference.Setting;
import org.accommodationdesk.domain.reference.WorkLocation;
import org.accommodationdesk.domain.request.FieldErrors;
import org.accommodationdesk.domain.request.StaleVersionException;

/**
 * Administrators keep the reference data: work locations and which HR reviewers serve each (a
 * reviewer named for some locations sees only their requests), job classes and denial reasons with
 * English and Spanish names, and the union's minimum cell size. Codes never change once made
 * (requests, history and statistics refer to them); names do. Every change is in the audit log.
 */
@Stateless
@RolesAllowed(Role.ADMIN)
public class ReferenceDataAdministration {
  /** A code: 2 to 40 capital letters, digits, dashes or underscores, starting with a letter. */
  public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_-]{1,39}");

  public static final int NAME_MAX = 200;

  @Inject private ReferenceDataRepository referenceData;
  @Inject private UserAccountRepository accounts;
  @Inject private StatisticsProtection protection;
  @Inject private AuditLog audit;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;
  @Inject private CaseDeadlines deadlines;
  @Inject private DailyRound dailyRound;
  @Inject private jakarta.enterprise.event.Event<BusinessCalendarChanged> calendarChanged;

  /** A work location as an administrator sees it. */
  public record LocationView(String code, String name, List<String> reviewers, long version)
      implements java.io.Serializable {
    static LocationView of(WorkLocation l) {
      return new LocationView(
          l.getCode(), l.getName(), List.copyOf(l.getReviewers()), l.getVersion());
    }
  }

  /** A job class as an administrator sees it; {@code nameEs} null when it has no Spanish name. */
  public record JobClassView(String code, String name, String nameEs, long version)
      implements java.io.Serializable {
    static JobClassView of(JobClass j) {
      return new JobClassView(j.getCode(), j.getName(), j.getNameEs(), j.getVersion());
    }
  }

  /** A denial reason as an administrator sees it. */
  public record DenialReasonView(
      String code, String name, String nameEs, boolean active, long version)
      implements java.io.Serializable {
    static DenialReasonView of(DenialReason d) {
      return new DenialReasonView(
          d.getCode(), d.getName(), d.getNameEs(), d.isActive(), d.getVersion());
    }
  }

  /** Every denial reason, in use or retired, in the reviewers' order. */
  public List<DenialReasonView> denialReasons() {
    return referenceData.denialReasons().stream().map(DenialReasonView::of).toList();
  }

  /** A new denial reason, in use, last in the reviewers' list. */
  public DenialReasonView addDenialReason(String code, String name, String nameEs) {
    FieldErrors errors = new FieldErrors();
    checkNewCode(
        code, referenceData.findDenialReason(code == null ? "" : code).isPresent(), errors);
    checkName("name", name, true, errors);
    checkName("nameEs", nameEs, false, errors);
    errors.throwIfAny();
    int position =
        referenceData.denialReasons().stream().mapToInt(DenialReason::getPosition).max().orElse(0)
            + 1;
    DenialReason reason = new DenialReason(code, name.strip(), blankToNull(nameEs), position);
    referenceData.add(reason);
    record(AuditEntry.Action.REFERENCE_CREATED, "denial reason " + code, null, reason.snapshot());
    return DenialReasonView.of(reason);
  }

  /**
   * Renames a denial reason, or retires it (reviewers no longer see it; decisions keep it) or
   * brings it back; null leaves a field as it is. The last reason in use cannot be retired.
   */
  public DenialReasonView changeDenialReason(
      String code, String name, String nameEs, Boolean active, Long expectedVersion) {
    DenialReason reason =
        referenceData
            .findDenialReason(code)
            .orElseThrow(
                () ->
                    new org.accommodationdesk.domain.reference.ReferenceNotFoundException(
                        "denial reason", code));
    checkVersion(expectedVersion, reason.getVersion());
    FieldErrors errors = new FieldErrors();
    checkName("name", name, false, errors);
    checkName("nameEs", nameEs, false, errors);
    if (Boolean.FALSE.equals(active) && reason.isActive()) {
      long inUse = referenceData.denialReasons().stream().filter(DenialReason::isActive).count();
      errors.require(
          inUse > 1, "active", "cannot be turned off: reviewers need at least one reason");
    }
    errors.throwIfAny();
    Map<String, Object> before = reason.snapshot();
    reason.rename(
        name == null ? reason.getName() : name.strip(),
        nameEs == null ? reason.getNameEs() : blankToNull(nameEs));
    if (active != null) {
      reason.changeActive(active);
    }
    recordChange("denial reason " + code, before, reason.snapshot());
    referenceData.flush();
    return DenialReasonView.of(reason);
  }

  /** A reason of one of the lists as an administrator sees it. */
  public record ReasonView(
      String list,
      String code,
      String name,
      String nameEs,
      boolean active,
      boolean acceptable,
      long version)
      implements java.io.Serializable {
    static ReasonView of(ListedReason r) {
      return new ReasonView(
          r.getList().pathName(),
          r.getCode(),
          r.getName(),
          r.getNameEs(),
          r.isActive(),
          r.isAcceptable(),
          r.getVersion());
    }
  }

  /** Every reason of a list, in use or retired, in the list's order. */
  public List<ReasonView> reasons(ReasonList list) {
    return referenceData.reasons(list).stream().map(ReasonView::of).toList();
  }

  /**
   * A new reason in a list, in use, last in it; {@code acceptable} null: acceptable (a delay of the
   * decider's own making is not). Codes are unique across the lists.
   */
  public ReasonView addReason(
      ReasonList list, String code, String name, String nameEs, Boolean acceptable) {
    FieldErrors errors = new FieldErrors();
    checkNewCode(code, code != null && referenceData.reasonCodeTaken(code), errors);
    checkName("name", name, true, errors);
    checkName("nameEs", nameEs, false, errors);
    errors.throwIfAny();
    int position =
        referenceData.reasons(list).stream().mapToInt(ListedReason::getPosition).max().orElse(0)
            + 1;
    ListedReason reason =
        new ListedReason(
            list,
            code,
            name.strip(),
            blankToNull(nameEs),
            !Boolean.FALSE.equals(acceptable),
            position);
    referenceData.add(reason);
    record(
        AuditEntry.Action.REFERENCE_CREATED,
        list.pathName() + " reason " + code,
        null,
        reason.snapshot());
    return ReasonView.of(reason);
  }

  /**
   * Renames a reason, retires it (HR no longer sees it; records keep it) or brings it back, or
   * changes whether it is acceptable; null leaves a field as it is. The last reason in use of a
   * list cannot be retired.
   */
  public ReasonView changeReason(
      ReasonList list,
      String code,
      String name,
      String nameEs,
      Boolean active,
      Boolean acceptable,
      Long expectedVersion) {
    ListedReason reason =
        referenceData
            .findReason(list, code)
            .orElseThrow(
                () ->
                    new org.accommodationdesk.domain.reference.ReferenceNotFoundException(
                        list.pathName() + " reason", code));
    checkVersion(expectedVersion, reason.getVersion());
    FieldErrors errors = new FieldErrors();
    checkName("name", name, false, errors);
    checkName("nameEs", nameEs, false, errors);
    if (Boolean.FALSE.equals(active) && reason.isActive()) {
      long inUse = referenceData.reasons(list).stream().filter(ListedReason::isActive).count();
      errors.require(inUse > 1, "active", "cannot be turned off: HR needs at least one reason");
    }
    errors.throwIfAny();
    Map<String, Object> before = reason.snapshot();
    reason.rename(
        name == null ? reason.getName() : name.strip(),
        nameEs == null ? reason.getNameEs() : blankToNull(nameEs));
    if (active != null) {
      reason.changeActive(active);
    }
    if (acceptable != null) {
      reason.changeAcceptable(acceptable);
    }
    recordChange(list.pathName() + " reason " + code, before, reason.snapshot());
    referenceData.flush();
    return ReasonView.of(reason);
  }

  public List<LocationView> locations() {
    return referenceData.locations().stream().map(LocationView::of).toList();
  }

  public List<JobClassView> jobClasses() {
    return referenceData.jobClasses().stream().map(JobClassView::of).toList();
  }

  /** The user names of the active HR reviewers, who may be named for locations. */
  public List<String> reviewers() {
    return accounts.activeReviewers();
  }

  /** The active reviewers' names by user name, to show people rather than user names. */
  public Map<String, String> reviewerNames() {
    return accounts.displayNames(accounts.activeReviewers());
  }

  /** A new work location, served by these reviewers (none: by every reviewer). */
  public LocationView addLocation(String code, String name, Set<String> reviewers) {
    FieldErrors errors = new FieldErrors();
    checkNewCode(code, referenceData.findLocation(code == null ? "" : code).isPresent(), errors);
    checkName("name", name, true, errors);
    checkReviewers(reviewers, errors);
    errors.throwIfAny();
    WorkLocation location = new WorkLocation(code, name.strip());
    location.changeReviewers(reviewers == null ? Set.of() : reviewers);
    referenceData.add(location);
    record(AuditEntry.Action.REFERENCE_CREATED, "location " + code, null, location.snapshot());
    return LocationView.of(location);
  }

  /** Renames a location and/or names who serves it; null leaves a field as it is. */
  public LocationView changeLocation(
      String code, String name, Set<String> reviewers, Long expectedVersion) {
    WorkLocation location =
        referenceData
            .findLocation(code)
            .orElseThrow(
                () ->
                    new org.accommodationdesk.domain.reference.ReferenceNotFoundException(
                        "location", code));
    checkVersion(expectedVersion, location.getVersion());
    FieldErrors errors = new FieldErrors();
    checkName("name", name, false, errors);
    checkReviewers(reviewers, errors);
    errors.throwIfAny();
    Map<String, Object> before = location.snapshot();
    if (name != null) {
      location.rename(name.strip());
    }
    if (reviewers != null) {
      location.changeReviewers(reviewers);
    }
    recordChange("location " + code, before, location.snapshot());
    referenceData.flush();
    return LocationView.of(location);
  }

  public JobClassView addJobClass(String code, String name, String nameEs) {
    FieldErrors errors = new FieldErrors();
    checkNewCode(code, referenceData.findJobClass(code == null ? "" : code).isPresent(), errors);
    checkName("name", name, true, errors);
    checkName("nameEs", nameEs, false, errors);
    errors.throwIfAny();
    JobClass jobClass = new JobClass(code, name.strip(), blankToNull(nameEs));
    referenceData.add(jobClass);
    record(AuditEntry.Action.REFERENCE_CREATED, "job class " + code, null, jobClass.snapshot());
    return JobClassView.of(jobClass);
  }

  /**
   * Renames a job class; null leaves a name as it is, and an empty Spanish name removes it (Spanish
   * readers then see the English one).
   */
  public JobClassView changeJobClass(
      String code, String name, String nameEs, Long expectedVersion) {
    JobClass jobClass =
        referenceData
            .findJobClass(code)
            .orElseThrow(
                () ->
                    new org.accommodationdesk.domain.reference.ReferenceNotFoundException(
                        "job class", code));
    checkVersion(expectedVersion, jobClass.getVersion());
    FieldErrors errors = new FieldErrors();
    checkName("name", name, false, errors);
    checkName("nameEs", nameEs, false, errors);
    errors.throwIfAny();
    Map<String, Object> before = jobClass.snapshot();
    jobClass.rename(
        name == null ? jobClass.getName() : name.strip(),
        nameEs == null ? jobClass.getNameEs() : blankToNull(nameEs));
    recordChange("job class " + code, before, jobClass.snapshot());
    referenceData.flush();
    return JobClassView.of(jobClass);
  }

  /** A holiday of the business calendar as an administrator sees it. */
  public record HolidayView(java.time.LocalDate day, String name, String nameEs, long version)
      implements java.io.Serializable {
    static HolidayView of(Holiday h) {
      return new HolidayView(h.getDay(), h.getName(), h.getNameEs(), h.getVersion());
    }
  }

  /** The holidays of the business calendar, by day. */
  public List<HolidayView> holidays() {
    return referenceData.holidays().stream().map(HolidayView::of).toList();
  }

  /**
   * Adds a holiday ({@code day} as 2026-12-24): the clocks of every open request are set again (in
   * the background, after this change commits).
   */
  public HolidayView addHoliday(String day, String name, String nameEs) {
    FieldErrors errors = new FieldErrors();
    java.time.LocalDate date = day(day, errors);
    if (date != null && referenceData.findHoliday(date).isPresent()) {
      errors.add("day", "reference.taken", "is already a holiday");
    }
    checkName("name", name, true, errors);
    checkName("nameEs", nameEs, false, errors);
    errors.throwIfAny();
    Holiday holiday = new Holiday(date, name.strip(), blankToNull(nameEs));
    referenceData.add(holiday);
    record(AuditEntry.Action.REFERENCE_CREATED, "holiday " + date, null, holiday.snapshot());
    calendarChanged.fire(new BusinessCalendarChanged());
    return HolidayView.of(holiday);
  }

  /** Removes a holiday: it becomes a business day again, for the clocks of open requests too. */
  public void removeHoliday(String day) {
    FieldErrors errors = new FieldErrors();
    java.time.LocalDate date = day(day, errors);
    errors.throwIfAny();
    Holiday holiday =
        referenceData
            .findHoliday(date)
            .orElseThrow(
                () ->
                    new org.accommodationdesk.domain.reference.ReferenceNotFoundException(
                        "holiday", date.toString()));
    referenceData.remove(holiday);
    record(AuditEntry.Action.REFERENCE_DELETED, "holiday " + date, holiday.snapshot(), null);
    calendarChanged.fire(new BusinessCalendarChanged());
  }

  /** A holiday from last year to ten years on: anything else is a typing error. */
  private java.time.LocalDate day(String text, FieldErrors errors) {
    if (text == null || text.isBlank()) {
      errors.add("day", "is required");
      return null;
    }
    java.time.LocalDate date;
    try {
      date = java.time.LocalDate.parse(text.strip());
    } catch (java.time.format.DateTimeParseException e) {
      errors.add("day", "must be a date as 2026-12-24");
      return null;
    }
    // this year in the organisation's time zone (not UTC: New Year's Eve in Chicago is 2026)
    int thisYear = deadlines.today().getYear();
    if (date.getYear() < thisYear - 1 || date.getYear() > thisYear + 10) {
      errors.add(
          "day", "must be a day from " + (thisYear - 1) + " to " + (thisYear + 10) + " (a typo?)");
      return null;
    }
    return date;
  }

  /**
   * Runs today's reminders and overdue digest now (they also run once a day by themselves):
   * reminders already sent are not sent again.
   */
  public DailyWork.Outcome runDailyWork() {
    return dailyRound.runNow();
  }

  /** The union's minimum cell size now in force. */
  public int minimumCellSize() {
    return protection.minimumCellSize();
  }

  /**
   * Changes the union's minimum cell size for every node at once, within {@link
   * StatisticsProtection#MINIMUM} and {@link StatisticsProtection#MAXIMUM}.
   */
  public int changeMinimumCellSize(Integer size) {
    FieldErrors errors = new FieldErrors();
    errors.require(
        size != null
            && size >= StatisticsProtection.MINIMUM
            && size <= StatisticsProtection.MAXIMUM,
        "minimumCellSize",
        "must be a whole number from "
            + StatisticsProtection.MINIMUM
            + " to "
            + StatisticsProtection.MAXIMUM);
    errors.throwIfAny();
    int before = protection.minimumCellSize();
    if (before == size) {
      return size;
    }
    referenceData
        .findSetting(Setting.MINIMUM_CELL_SIZE)
        .ifPresentOrElse(
            s -> s.change(String.valueOf(size)),
            () -> referenceData.add(new Setting(Setting.MINIMUM_CELL_SIZE, String.valueOf(size))));
    record(
        AuditEntry.Action.SETTING_CHANGED,
        Setting.MINIMUM_CELL_SIZE,
        Map.of("minimumCellSize", before),
        Map.of("minimumCellSize", size));
    return size;
  }

  private static void checkNewCode(String code, boolean taken, FieldErrors errors) {
    if (code == null || code.isBlank()) {
      errors.add("code", "is required");
    } else if (!CODE.matcher(code).matches()) {
      errors.add(
          "code",
          "reference.code",
          "must be 2 to 40 capital letters, digits, dashes or underscores, starting with a letter");
    } else if (taken) {
      errors.add("code", "reference.taken", "is taken");
    }
  }

  /**
   * A name: required for a new item; on a change, absent (null) leaves it, and only the Spanish
   * name may be emptied (Spanish readers then see the English one).
   */
  private static void checkName(String field, String name, boolean required, FieldErrors errors) {
    if (name == null) {
      errors.require(!required, field, "is required");
    } else if (name.isBlank()) {
      errors.require(field.equals("nameEs"), field, "is required");
    } else {
      errors.text(field, name, NAME_MAX);
    }
  }

  /** Each must be an account holding the reviewer role. */
  private void checkReviewers(Set<String> reviewers, FieldErrors errors) {
    if (reviewers == null) {
      return;
    }
    Set<String> wrong = new TreeSet<>();
    for (String username : reviewers) {
      boolean reviewer =
          username != null
              && accounts
                  .find(username)
                  .map(UserAccount::getRoles)
                  .map(r -> r.contains(Role.REVIEWER))
                  .orElse(false);
      if (!reviewer) {
        wrong.add(String.valueOf(username));
      }
    }
    errors.require(
        wrong.isEmpty(), "reviewers", "are not all HR reviewers: " + String.join(", ", wrong));
  }

  private static void checkVersion(Long expected, long actual) {
    if (expected != null && expected != actual) {
      throw new StaleVersionException(expected, actual);
    }
  }

  private void recordChange(String subject, Map<String, Object> before, Map<String, Object> after) {
    if (!before.equals(after)) {
      record(AuditEntry.Action.REFERENCE_CHANGED, subject, before, after);
    }
  }

  private void record(
      AuditEntry.Action action,
      String subject,
      Map<String, Object> before,
      Map<String, Object> after) {
    audit.append(
        AccountAdministration.entry(clock, currentUser.username(), action, subject, before, after));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
