package org.accommodationdesk.domain.account;

import java.util.List;
import java.util.Optional;

/** Accounts by user name. */
public interface UserAccountRepository {
  Optional<UserAccount> find(String username);

  /** User name to display name, for those of these accounts that exist. */
  java.util.Map<String, String> displayNames(java.util.Collection<String> usernames);

  boolean exists(String username);

  /**
   * Where a user works (work location and job class, either may be missing), read without the rest
   * of the account: what filing a request needs.
   */
  Optional<UserAccount.Placement> placement(String username);

  void add(UserAccount account);

  /** Writes a changed account now, so that a concurrent change is refused here. */
  void store(UserAccount account);

  /** {@code size} accounts from the {@code first}, by user name. */
  List<UserAccount> page(int first, int size);

  long count();

  /**
   * {@code size} accounts from the {@code first} whose user name or name holds {@code search} (any
   * case; wildcards taken literally), by user name.
   */
  List<UserAccount> search(String search, int first, int size);

  /** How many accounts {@link #search} finds. */
  long countFound(String search);

  /** Whether any account that can sign in has the administrator role. */
  boolean anyActiveAdmin();

  /** The user names of the accounts that may sign in as HR reviewers. */
  List<String> activeReviewers();

  /** The user names of the active accounts holding this role. */
  List<String> activeWithRole(String role);
}
