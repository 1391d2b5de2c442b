package org.accommodationdesk.domain.request;

/** No request with this id exists, or the caller may not know that it exists. */
public class RequestNotFoundException extends DomainException {
  private static final long serialVersionUID = 1L;

  public RequestNotFoundException(long id) {
    super(Kind.NOT_FOUND, "There is no request " + id + ".");
  }
}
