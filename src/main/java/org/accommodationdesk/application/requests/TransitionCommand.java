package org.accommodationdesk.application.requests;

import org.accommodationdesk.domain.request.Action;
import org.accommodationdesk.domain.request.ArrangementType;

/**
 * One step of the workflow as asked for: the action and what it needs (a reason code and
 * explanation to deny, the granted arrangement to approve with changes, the date it is needed by to
 * expedite, a delay's reason code and expected date, an interim arrangement with its first and last
 * day, a message otherwise).
 */
public record TransitionCommand(
    Action action,
    String reasonCode,
    String comment,
    ArrangementType grantedType,
    Integer grantedRemoteDaysPerWeek,
    String grantedDescription,
    java.time.LocalDate neededBy,
    java.time.LocalDate expectedBy,
    java.time.LocalDate from,
    java.time.LocalDate until) {

  public TransitionCommand(
      Action action,
      String reasonCode,
      String comment,
      ArrangementType grantedType,
      Integer grantedRemoteDaysPerWeek,
      String grantedDescription,
      java.time.LocalDate neededBy) {
    this(
        action,
        reasonCode,
        comment,
        grantedType,
        grantedRemoteDaysPerWeek,
        grantedDescription,
        neededBy,
        null,
        null,
        null);
  }

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

  /** HR records why the decision is late and when it is expected. */
  public static TransitionCommand delay(
      String reasonCode, java.time.LocalDate expectedBy, String note) {
    return new TransitionCommand(
        Action.RECORD_DELAY, reasonCode, note, null, null, null, null, expectedBy, null, null);
  }

  /** HR grants a temporary arrangement while the request waits. */
  public static TransitionCommand interim(
      ArrangementType type,
      Integer remoteDaysPerWeek,
      String description,
      java.time.LocalDate from,
      java.time.LocalDate until) {
    return new TransitionCommand(
        Action.GRANT_INTERIM,
        null,
        null,
        type,
        remoteDaysPerWeek,
        description,
        null,
        null,
        from,
        until);
  }

  /** HR expedites the request, to be decided by this date (null: the employee's date). */
  public static TransitionCommand expedite(java.time.LocalDate neededBy) {
    return new TransitionCommand(Action.EXPEDITE, null, null, null, null, null, neededBy);
  }
}
