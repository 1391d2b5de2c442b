package org.accommodationdesk.domain.request;

/** The request's current status does not allow the action. */
public class TransitionNotAllowedException extends DomainException {
  private static final long serialVersionUID = 1L;

  public TransitionNotAllowedException(Action action, RequestStatus status) {
    super(Kind.NOT_NOW, message(action, status));
  }

  static String message(Action action, RequestStatus status) {
    return action + " is not possible while the request is " + status + ".";
  }

  public TransitionNotAllowedException(String message) {
    super(Kind.NOT_NOW, message);
  }
}
