package org.accommodationdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.account.UserAccount;
import org.accommodationdesk.domain.account.UserAccountRepository;
import org.accommodationdesk.domain.reference.JobClass;
import org.accommodationdesk.domain.reference.WorkLocation;
import org.accommodationdesk.domain.request.ConcurrentUpdateException;

/** Accounts in the relational database. */
@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public Optional<UserAccount> find(String username) {
    return Optional.ofNullable(em.find(UserAccount.class, username));
  }

  @Override
  public boolean exists(String username) {
    return find(username).isPresent();
  }

  @Override
  public Optional<UserAccount.Placement> placement(String username) {
    return em.createQuery(
            "SELECT l, j FROM UserAccount a LEFT JOIN a.workLocation l LEFT JOIN a.jobClass j"
                + " WHERE a.username = :u",
            Object[].class)
        .setParameter("u", username)
        .getResultStream()
        .findFirst()
        .map(r -> new UserAccount.Placement((WorkLocation) r[0], (JobClass) r[1]));
  }

  @Override
  public void add(UserAccount account) {
    em.persist(account);
  }

  @Override
  public void store(UserAccount account) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new ConcurrentUpdateException();
    }
  }

  @Override
  public List<UserAccount> page(int first, int size) {
    return em.createQuery("SELECT a FROM UserAccount a ORDER BY a.username", UserAccount.class)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  @Override
  public long count() {
    return em.createQuery("SELECT COUNT(a) FROM UserAccount a", Long.class).getSingleResult();
  }

  private static final String FOUND =
      " FROM UserAccount a WHERE LOWER(a.username) LIKE :like ESCAPE '\\'"
          + " OR LOWER(a.displayName) LIKE :like ESCAPE '\\'";

  @Override
  public List<UserAccount> search(String search, int first, int size) {
    return em.createQuery("SELECT a" + FOUND + " ORDER BY a.username", UserAccount.class)
        .setParameter("like", like(search))
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  @Override
  public long countFound(String search) {
    return em.createQuery("SELECT COUNT(a)" + FOUND, Long.class)
        .setParameter("like", like(search))
        .getSingleResult();
  }

  /** A LIKE pattern for text anywhere, its own wildcards taken literally. */
  private static String like(String search) {
    return "%"
        + search
            .toLowerCase(java.util.Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_")
        + "%";
  }

  @Override
  public boolean anyActiveAdmin() {
    return !em.createQuery(
            "SELECT a.username FROM UserAccount a JOIN a.roles r"
                + " WHERE r = :role AND a.enabled = TRUE",
            String.class)
        .setParameter("role", Role.ADMIN)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public List<String> activeReviewers() {
    return activeWithRole(Role.REVIEWER);
  }

  @Override
  public List<String> activeWithRole(String role) {
    return em.createQuery(
            "SELECT a.username FROM UserAccount a JOIN a.roles r"
                + " WHERE r = :role AND a.enabled = TRUE ORDER BY a.username",
            String.class)
        .setParameter("role", role)
        .getResultList();
  }

  @Override
  public java.util.Map<String, String> displayNames(java.util.Collection<String> usernames) {
    java.util.Map<String, String> names = new java.util.HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT a.username, a.displayName FROM UserAccount a WHERE a.username IN :u",
                Object[].class)
            .setParameter("u", usernames)
            .getResultList()) {
      names.put((String) row[0], (String) row[1]);
    }
    return names;
  }
}
