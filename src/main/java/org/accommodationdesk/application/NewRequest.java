package org.accommodationdesk.application;

import org.accommodationdesk.domain.request.RequestDetails;

/**
 * What an employee submits. Work location and job class default to the employee's profile when
 * null.
 */
public record NewRequest(RequestDetails details, String workLocationCode, String jobClassCode) {}
