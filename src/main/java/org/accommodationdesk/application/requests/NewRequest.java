package org.accommodationdesk.application.requests;

import org.accommodationdesk.domain.request.RequestDetails;
import org.accommodationdesk.domain.request.Urgency;

/**
 * What an employee submits. Work location and job class default to the employee's profile when
 * null; {@code renewalOf}: the approval it renews (null: a new request); {@code urgency}: the date
 * it is needed by and why ({@link Urgency#NONE}: none given).
 */
public record NewRequest(
    RequestDetails details,
    String workLocationCode,
    String jobClassCode,
    Long renewalOf,
    Urgency urgency) {
  public NewRequest {
    urgency = urgency == null ? Urgency.NONE : urgency;
  }

  public NewRequest(
      RequestDetails details, String workLocationCode, String jobClassCode, Long renewalOf) {
    this(details, workLocationCode, jobClassCode, renewalOf, Urgency.NONE);
  }

  public NewRequest(RequestDetails details, String workLocationCode, String jobClassCode) {
    this(details, workLocationCode, jobClassCode, null, Urgency.NONE);
  }
}
