package org.accommodationdesk.domain.request;

/** No decision letter yet: the request has not been decided. */
public class LetterNotFoundException extends DomainException {
  private static final long serialVersionUID = 1L;

  public LetterNotFoundException(long requestId) {
    super("Request " + requestId + " has no decision letter yet: it has not been decided.");
  }
}
