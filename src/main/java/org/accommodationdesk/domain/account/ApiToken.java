package org.accommodationdesk.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A personal access token for API clients: a random 256-bit secret shown once to its owner, kept
 * only as its SHA-256 digest. A secret that random needs no slow hash (nobody can guess it), so
 * checking a token costs a digest and one indexed lookup. It expires, and its owner can revoke it.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {
  /**
   * Every secret starts with this, so that a leaked one is recognisable (e.g. by secret scanners).
   */
  public static final String PREFIX = "adt_";

  /** The longest a token may live; the shortest is one day. */
  public static final int MAX_DAYS = 365;

  public static final int DEFAULT_DAYS = 90;
  public static final int NAME_MAX = 100;

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
  @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = 64)
  private String owner;

  @Column(nullable = false, length = NAME_MAX)
  private String name;

  @Column(nullable = false, length = 64, unique = true)
  private String digest;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Version private long version;

  protected ApiToken() {
    // for JPA
  }

  private ApiToken(String owner, String name, String digest, Instant createdAt, Instant expiresAt) {
    this.owner = owner;
    this.name = name;
    this.digest = digest;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  /** A new token and its secret, which exists only in this answer. */
  public record Issued(ApiToken token, String secret) {}

  /**
   * Issues a token for {@code owner} valid for {@code days} days (1 to {@link #MAX_DAYS}) from
   * {@code now}.
   */
  public static Issued issue(String owner, String name, int days, Instant now) {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(name, "name");
    if (days < 1 || days > MAX_DAYS) {
      throw new IllegalArgumentException("days must be 1 to " + MAX_DAYS);
    }
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    ApiToken token =
        new ApiToken(owner, name, digestOf(secret), now, now.plus(Duration.ofDays(days)));
    return new Issued(token, secret);
  }

  /** The digest a secret is kept as (hex SHA-256). */
  public static String digestOf(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Whether the token signs its owner in at {@code now}: not revoked and not expired. */
  public boolean isValidAt(Instant now) {
    return revokedAt == null && now.isBefore(expiresAt);
  }

  /** Ends the token now; revoking it again changes nothing. */
  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public Long getId() {
    return id;
  }

  public String getOwner() {
    return owner;
  }

  public String getName() {
    return name;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }
}
