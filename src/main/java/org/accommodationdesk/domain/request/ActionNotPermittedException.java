package org.accommodationdesk.domain.request;

/** The person acting may not take this action on this request. */
public class ActionNotPermittedException extends DomainException {
  private static final long serialVersionUID = 1L;

  public ActionNotPermittedException(String message) {
    super(Kind.NOT_PERMITTED, message);
  }
}
