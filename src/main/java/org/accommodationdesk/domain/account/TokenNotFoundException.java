package org.accommodationdesk.domain.account;

import org.accommodationdesk.domain.request.DomainException;
import org.accommodationdesk.domain.request.DomainException.Kind;

/** No token with this id, or not the caller's. */
public class TokenNotFoundException extends DomainException {
  private static final long serialVersionUID = 1L;

  public TokenNotFoundException(long id) {
    super(Kind.NOT_FOUND, "There is no token " + id + ".");
  }
}
