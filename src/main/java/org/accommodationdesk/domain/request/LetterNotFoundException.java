package org.accommodationdesk.domain.request;

/** No such letter: the request has not been decided, or has no letter of that id or stage. */
public class LetterNotFoundException extends DomainException {
  private static final long serialVersionUID = 1L;

  public LetterNotFoundException(long requestId) {
    super(
        Kind.NOT_FOUND,
        "Request " + requestId + " has no decision letter yet: it has not been decided.");
  }

  public LetterNotFoundException(long requestId, String which) {
    super(Kind.NOT_FOUND, "Request " + requestId + " has no letter " + which + ".");
  }
}
