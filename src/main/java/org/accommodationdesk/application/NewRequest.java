package org.accommodationdesk.application;

import org.accommodationdesk.domain.request.RequestDetails;

/**
 * What an employee submits. Work location and job class default to the employee's profile when
 * null; {@code renewalOf}: the approval it renews (null: a new request).
 */
public record NewRequest(
    RequestDetails details, String workLocationCode, String jobClassCode, Long renewalOf) {
  public NewRequest(RequestDetails details, String workLocationCode, String jobClassCode) {
    this(details, workLocationCode, jobClassCode, null);
  }
}
