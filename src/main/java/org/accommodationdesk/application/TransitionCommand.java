package org.accommodationdesk.application;

import org.accommodationdesk.domain.request.Action;
import org.accommodationdesk.domain.request.ArrangementType;

/**
 * One step of the workflow as asked for: the action and what it needs (a reason code and
 * explanation to deny, the granted arrangement to approve with changes, the date it is needed by to
 * expedite, a message otherwise).
 */
public record TransitionCommand(
    Action action,
    String reasonCode,
    String comment,
    ArrangementType grantedType,
    Integer grantedRemoteDaysPerWeek,
    String grantedDescription,
    java.time.LocalDate neededBy) {

  public TransitionCommand(
      Action action,
      String reasonCode,
      String comment,
      ArrangementType grantedType,
      Integer grantedRemoteDaysPerWeek,
      String grantedDescription) {
    this(
        action,
        reasonCode,
        comment,
        grantedType,
        grantedRemoteDaysPerWeek,
        grantedDescription,
        null);
  }

  public static TransitionCommand of(Action action, String comment) {
    return new TransitionCommand(action, null, comment, null, null, null);
  }

  /** HR expedites the request, to be decided by this date (null: the employee's date). */
  public static TransitionCommand expedite(java.time.LocalDate neededBy) {
    return new TransitionCommand(Action.EXPEDITE, null, null, null, null, null, neededBy);
  }
}
