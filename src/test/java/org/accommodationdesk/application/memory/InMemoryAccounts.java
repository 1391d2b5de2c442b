package org.accommodationdesk.application.memory;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.account.UserAccount;
import org.accommodationdesk.domain.account.UserAccountRepository;

/** Accounts in a map by user name, listed by user name as the database does. */
public class InMemoryAccounts implements UserAccountRepository {
  private final Map<String, UserAccount> byName = new TreeMap<>();

  /** How many times a changed account was written. */
  public int stores;

  @Override
  public Optional<UserAccount> find(String username) {
    return Optional.ofNullable(byName.get(username));
  }

  @Override
  public Map<String, String> displayNames(Collection<String> usernames) {
    Map<String, String> names = new HashMap<>();
    for (String u : usernames) {
      find(u).ifPresent(a -> names.put(u, a.getDisplayName()));
    }
    return names;
  }

  @Override
  public boolean exists(String username) {
    return byName.containsKey(username);
  }

  @Override
  public Optional<UserAccount.Placement> placement(String username) {
    return find(username).map(a -> new UserAccount.Placement(a.getWorkLocation(), a.getJobClass()));
  }

  @Override
  public void add(UserAccount account) {
    if (byName.containsKey(account.getUsername())) {
      throw new IllegalStateException("duplicate key: " + account.getUsername());
    }
    byName.put(account.getUsername(), account);
  }

  @Override
  public void store(UserAccount account) {
    stores++;
    byName.put(account.getUsername(), account);
  }

  @Override
  public List<UserAccount> page(int first, int size) {
    return byName.values().stream().skip(first).limit(size).toList();
  }

  @Override
  public long count() {
    return byName.size();
  }

  @Override
  public List<UserAccount> search(String search, int first, int size) {
    String s = search.toLowerCase(java.util.Locale.ROOT);
    return byName.values().stream()
        .filter(
            a ->
                a.getUsername().toLowerCase(java.util.Locale.ROOT).contains(s)
                    || a.getDisplayName().toLowerCase(java.util.Locale.ROOT).contains(s))
        .skip(first)
        .limit(size)
        .toList();
  }

  @Override
  public long countFound(String search) {
    return search(search, 0, Integer.MAX_VALUE).size();
  }

  @Override
  public boolean anyActiveAdmin() {
    return !activeWithRole(Role.ADMIN).isEmpty();
  }

  @Override
  public List<String> activeReviewers() {
    return activeWithRole(Role.REVIEWER);
  }

  @Override
  public List<String> activeWithRole(String role) {
    return byName.values().stream()
        .filter(UserAccount::isEnabled)
        .filter(a -> a.getRoles().contains(role))
        .map(UserAccount::getUsername)
        .toList();
  }
}
