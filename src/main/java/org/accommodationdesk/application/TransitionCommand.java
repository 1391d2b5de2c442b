package org.accommodationdesk.application;

import org.accommodationdesk.domain.request.Action;
import org.accommodationdesk.domain.request.ArrangementType;

/**
 * One step of the workflow as asked for: the action and what it needs (a reason code and
 * explanation to deny, the granted arrangement to approve with changes, a message otherwise).
 */
public record TransitionCommand(
    Action action,
    String reasonCode,
    String comment,
    ArrangementType grantedType,
    Integer grantedRemoteDaysPerWeek,
    String grantedDescription) {

  public static TransitionCommand of(Action action, String comment) {
    return new TransitionCommand(action, null, comment, null, null, null);
  }
}
