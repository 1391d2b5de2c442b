package org.accommodationdesk.application.accounts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.accommodationdesk.domain.account.ApiToken;
import org.accommodationdesk.domain.account.ApiTokenRepository;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.account.TokenNotFoundException;
import org.accommodationdesk.domain.request.FieldErrors;

/**
 * A signed-in user's personal access tokens for the API: create (the secret is shown once), list,
 * revoke. Every role may have them; each sees and revokes only their own.
 */
@Stateless
@RolesAllowed({Role.EMPLOYEE, Role.REVIEWER, Role.UNION_REP, Role.ADMIN})
public class TokenService {
  /** Valid tokens one person may hold at once. */
  public static final int VALID_MAX = 20;

  @Inject private ApiTokenRepository tokens;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;

  /** A token as its owner sees it later: everything but the secret. */
  public record TokenView(
      long id, String name, Instant createdAt, Instant expiresAt, Instant revokedAt, State state)
      implements java.io.Serializable {
    public enum State {
      VALID,
      EXPIRED,
      REVOKED
    }

    static TokenView of(ApiToken t, Instant now) {
      State state =
          t.getRevokedAt() != null ? State.REVOKED : t.isValidAt(now) ? State.VALID : State.EXPIRED;
      return new TokenView(
          t.getId(), t.getName(), t.getCreatedAt(), t.getExpiresAt(), t.getRevokedAt(), state);
    }
  }

  /** A new token with its secret: the only time the secret is seen. */
  public record IssuedToken(long id, String name, String token, Instant expiresAt)
      implements java.io.Serializable {}

  /**
   * Creates a token named {@code name} valid for {@code days} days (null: {@link
   * ApiToken#DEFAULT_DAYS}).
   */
  public IssuedToken create(String name, Integer days) {
    String owner = currentUser.username();
    Instant now = clock.instant();
    int lifetime = days == null ? ApiToken.DEFAULT_DAYS : days;
    FieldErrors errors = new FieldErrors();
    errors.require(name != null && !name.isBlank(), "name", "is required");
    errors.text("name", name, ApiToken.NAME_MAX);
    errors.require(
        lifetime >= 1 && lifetime <= ApiToken.MAX_DAYS,
        "days",
        "must be 1 to " + ApiToken.MAX_DAYS);
    long valid = tokens.ownedBy(owner).stream().filter(t -> t.isValidAt(now)).count();
    if (valid >= VALID_MAX) {
      errors.add(
          "name",
          "tokens.tooMany",
          "you already have " + VALID_MAX + " valid tokens; revoke one first");
    }
    errors.throwIfAny();
    ApiToken.Issued issued = ApiToken.issue(owner, name.strip(), lifetime, now);
    tokens.add(issued.token());
    return new IssuedToken(
        issued.token().getId(),
        issued.token().getName(),
        issued.secret(),
        issued.token().getExpiresAt());
  }

  /** The caller's tokens, newest first. */
  public List<TokenView> mine() {
    Instant now = clock.instant();
    return tokens.ownedBy(currentUser.username()).stream().map(t -> TokenView.of(t, now)).toList();
  }

  /** Revokes one of the caller's tokens; anyone else's is "not found". */
  public void revoke(long id) {
    ApiToken token =
        tokens
            .find(id)
            .filter(t -> t.getOwner().equals(currentUser.username()))
            .orElseThrow(() -> new TokenNotFoundException(id));
    token.revoke(clock.instant());
  }
}
