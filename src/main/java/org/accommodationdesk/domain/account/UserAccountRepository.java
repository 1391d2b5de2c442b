package org.accommodationdesk.domain.account;

import java.util.List;
import java.util.Optional;

/** Accounts by user name. */
public interface UserAccountRepository {
  Optional<UserAccount> find(String username);

  boolean exists(String username);

  void add(UserAccount account);

  /** The user names of the accounts that may sign in as HR reviewers. */
  List<String> activeReviewers();
}
