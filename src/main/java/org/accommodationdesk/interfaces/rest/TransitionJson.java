package org.accommodationdesk.interfaces.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.accommodationdesk.domain.request.TextLimits;

/**
 * The body of {@code POST /api/requests/{id}/transitions}. For APPROVE_WITH_CHANGES, {@code
 * arrangement} (with {@code remoteDaysPerWeek} or {@code arrangementDescription}) is the
 * arrangement granted; for EXPEDITE (HR), {@code neededBy} the date it is to be decided by; for
 * RECORD_DELAY (HR, once the decision is late), {@code reasonCode} a delay reason ({@code GET
 * /api/admin/reason-lists/delay}), {@code expectedBy} and an optional {@code comment}; for
 * GRANT_INTERIM (HR, while the request waits), {@code arrangement} (as for APPROVE_WITH_CHANGES),
 * {@code from} and {@code until}.
 */
public class TransitionJson {
  @NotNull(message = "is required")
  @Pattern(
      regexp =
          "START_REVIEW|REQUEST_INFO|PROVIDE_INFO|APPROVE|APPROVE_WITH_CHANGES|DENY|WITHDRAW|APPEAL"
              + "|ACCEPT|EXPEDITE|RECORD_DELAY|GRANT_INTERIM|CONFIRM",
      message =
          "must be one of START_REVIEW, REQUEST_INFO, PROVIDE_INFO, APPROVE, APPROVE_WITH_CHANGES,"
              + " DENY, WITHDRAW, APPEAL, ACCEPT, EXPEDITE, RECORD_DELAY, GRANT_INTERIM, CONFIRM")
  public String action;

  /**
   * For RECORD_DELAY: the code of a delay reason in use. For DENY: the code of a denial reason in
   * use (the organisation keeps the list: GET /api/admin/denial-reasons; shipped:
   * INSUFFICIENT_DOCUMENTATION, ESSENTIAL_FUNCTIONS_REQUIRE_PRESENCE, UNDUE_HARDSHIP,
   * NOT_ELIGIBLE_UNDER_POLICY, OTHER).
   */
  @Size(max = 48, message = "must be at most 48 characters")
  public String reasonCode;

  @Size(max = TextLimits.TEXT, message = "must be at most {max} characters")
  public String comment;

  @Pattern(
      regexp = "FULL_REMOTE|PARTIAL_REMOTE|OTHER",
      message = "must be FULL_REMOTE, PARTIAL_REMOTE or OTHER")
  public String arrangement;

  @Min(value = 1, message = "must be between 1 and 4")
  @Max(value = 4, message = "must be between 1 and 4")
  public Integer remoteDaysPerWeek;

  @Size(max = TextLimits.DESCRIPTION, message = "must be at most {max} characters")
  public String arrangementDescription;

  /** For EXPEDITE: the date it is to be decided by (YYYY-MM-DD); omitted: the employee's date. */
  @Pattern(regexp = NewRequestJson.DATE, message = "must be a date as YYYY-MM-DD")
  public String neededBy;

  /** For RECORD_DELAY: the day the decision is now expected (YYYY-MM-DD, today or later). */
  @Pattern(regexp = NewRequestJson.DATE, message = "must be a date as YYYY-MM-DD")
  public String expectedBy;

  /** For GRANT_INTERIM: the first day the temporary arrangement applies (YYYY-MM-DD). */
  @Pattern(regexp = NewRequestJson.DATE, message = "must be a date as YYYY-MM-DD")
  public String from;

  /** For GRANT_INTERIM: its last day (YYYY-MM-DD); it ends sooner if the request is decided. */
  @Pattern(regexp = NewRequestJson.DATE, message = "must be a date as YYYY-MM-DD")
  public String until;
}
