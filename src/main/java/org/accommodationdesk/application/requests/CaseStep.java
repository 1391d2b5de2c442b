package org.accommodationdesk.application.requests;

import org.accommodationdesk.domain.request.AccommodationRequest;
import org.accommodationdesk.domain.request.Action;

/**
 * What the workflow publishes after each step, inside the step's transaction (the application
 * events port, as Cargo Tracker's {@code ApplicationEvents}): notices, mail and letters hang off
 * it, not off the services' bodies. Observers that write must do so in the same transaction; work
 * outside it (sending mail) happens after commit.
 *
 * @param request the request as the step left it (managed)
 * @param action the step
 * @param assignedBefore the reviewer assigned before the step (null: none)
 */
public record CaseStep(AccommodationRequest request, Action action, String assignedBefore) {}
