package org.accommodationdesk.interfaces.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.accommodationdesk.domain.request.TextLimits;

/** The body of {@code POST /api/requests}. Unknown fields are ignored. */
public class NewRequestJson {
  /** A date as YYYY-MM-DD in the years 1900 to 2999. */
  /** The form of a date; which dates a request may name is a rule of RequestDetails. */
  static final String DATE = "\\d{4}-\\d{2}-\\d{2}";

  @NotNull(message = "is required (OWN_CONDITION, PRIMARY_CAREGIVER or HOUSEHOLD_MEMBER)")
  @Pattern(
      regexp = "OWN_CONDITION|PRIMARY_CAREGIVER|HOUSEHOLD_MEMBER",
      message = "must be OWN_CONDITION, PRIMARY_CAREGIVER or HOUSEHOLD_MEMBER")
  public String category;

  @NotNull(message = "is required (FULL_REMOTE, PARTIAL_REMOTE or OTHER)")
  @Pattern(
      regexp = "FULL_REMOTE|PARTIAL_REMOTE|OTHER",
      message = "must be FULL_REMOTE, PARTIAL_REMOTE or OTHER")
  public String arrangement;

  @Min(value = 1, message = "must be between 1 and 4")
  @Max(value = 4, message = "must be between 1 and 4")
  public Integer remoteDaysPerWeek;

  @Size(max = TextLimits.DESCRIPTION, message = "must be at most {max} characters")
  public String arrangementDescription;

  @NotNull(message = "is required (YYYY-MM-DD)")
  @Pattern(regexp = DATE, message = "must be a date as YYYY-MM-DD")
  public String startDate;

  @Pattern(regexp = DATE, message = "must be a date as YYYY-MM-DD")
  public String endDate;

  /**
   * Optional: the date the arrangement is needed by (today or later), asking HR to expedite the
   * request; {@code neededByReason} then says why (the start of a term, a move, a medical date).
   */
  @Pattern(regexp = DATE, message = "must be a date as YYYY-MM-DD")
  public String neededBy;

  @Size(max = TextLimits.TEXT, message = "must be at most {max} characters")
  public String neededByReason;

  @Pattern(
      regexp =
          "SPOUSE_OR_PARTNER|CHILD|PARENT|SIBLING|GRANDPARENT|OTHER_RELATIVE|OTHER_HOUSEHOLD_MEMBER",
      message =
          "must be one of SPOUSE_OR_PARTNER, CHILD, PARENT, SIBLING, GRANDPARENT, OTHER_RELATIVE,"
              + " OTHER_HOUSEHOLD_MEMBER")
  public String relationship;

  public Boolean attestation;

  @Size(max = TextLimits.TEXT, message = "must be at most {max} characters")
  public String functionalLimitations;

  @Size(max = TextLimits.TEXT, message = "must be at most {max} characters")
  public String justification;

  @Size(max = 40, message = "must be at most 40 characters")
  public String workLocation;

  @Size(max = 40, message = "must be at most 40 characters")
  public String jobClass;

  /** To renew an approval that ends within 30 days or has ended: its id (optional). */
  public Long renewalOf;
}
