package org.accommodationdesk.application.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import org.accommodationdesk.application.deadlines.BusinessCalendarChanged;
import org.accommodationdesk.application.deadlines.CaseDeadlines;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.audit.AuditEntry;
import org.accommodationdesk.domain.reference.Holiday;
import org.accommodationdesk.domain.reference.ReferenceDataRepository;
import org.accommodationdesk.domain.request.FieldErrors;

/**
 * Administrators keep the business calendar: the holidays on which no deadline runs. A change sets
 * the clocks of every open request again (in the background, after it commits); each is audited.
 */
@Stateless
@RolesAllowed(Role.ADMIN)
public class CalendarAdministration {
  @Inject private ReferenceDataRepository referenceData;
  @Inject private CaseDeadlines deadlines;
  @Inject private Event<BusinessCalendarChanged> calendarChanged;
  @Inject private AdministrationAudit audit;

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
    ReferenceDataAdministration.checkName("name", name, true, errors);
    ReferenceDataAdministration.checkName("nameEs", nameEs, false, errors);
    errors.throwIfAny();
    Holiday holiday = new Holiday(date, name.strip(), FieldErrors.stripped(nameEs));
    referenceData.add(holiday);
    audit.record(AuditEntry.Action.REFERENCE_CREATED, "holiday " + date, null, holiday.snapshot());
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
    audit.record(AuditEntry.Action.REFERENCE_DELETED, "holiday " + date, holiday.snapshot(), null);
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
}
