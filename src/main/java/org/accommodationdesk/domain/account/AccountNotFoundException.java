package org.accommodationdesk.domain.account;

import org.accommodationdesk.domain.request.DomainException;
import org.accommodationdesk.domain.request.DomainException.Kind;

/** No account with this user name. */
public class AccountNotFoundException extends DomainException {
  private static final long serialVersionUID = 1L;

  public AccountNotFoundException(String username) {
    super(Kind.NOT_FOUND, "There is no account " + username + ".");
  }
}
