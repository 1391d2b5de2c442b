package org.accommodationdesk.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The fact that an account's sign-ins made before {@code revokedAt} no longer count (it was
 * deactivated, or its roles or password changed). Written with the change that caused it, read by
 * every node of a cluster; never changed afterwards.
 */
@Entity
@Table(name = "sign_in_revocation")
public class SignInRevocation {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sign_in_revocation_seq")
  @SequenceGenerator(
      name = "sign_in_revocation_seq",
      sequenceName = "sign_in_revocation_seq",
      allocationSize = 1)
  private Long id;

  @Column(nullable = false, length = 100)
  private String username;

  @Column(name = "revoked_at", nullable = false)
  private Instant revokedAt;

  protected SignInRevocation() {}

  public SignInRevocation(String username, Instant revokedAt) {
    this.username = Objects.requireNonNull(username);
    this.revokedAt = Objects.requireNonNull(revokedAt);
  }

  public String getUsername() {
    return username;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }
}
