package org.accommodationdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.account.UserAccount;
import org.accommodationdesk.domain.account.UserAccountRepository;

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
  public void add(UserAccount account) {
    em.persist(account);
  }

  @Override
  public List<String> activeReviewers() {
    return em.createQuery(
            "SELECT a.username FROM UserAccount a JOIN a.roles r"
                + " WHERE r = :role AND a.enabled = TRUE",
            String.class)
        .setParameter("role", Role.REVIEWER)
        .getResultList();
  }
}
