package org.accommodationdesk.domain.account;

import org.accommodationdesk.domain.request.DomainException;

/** No account with this user name. */
public class AccountNotFoundException extends DomainException {
  private static final long serialVersionUID = 1L;

  public AccountNotFoundException(String username) {
    super("There is no account " + username + ".");
  }
}
