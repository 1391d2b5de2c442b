package org.accommodationdesk.application.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.accommodationdesk.application.accounts.TokenService.IssuedToken;
import org.accommodationdesk.application.accounts.TokenService.TokenView;
import org.accommodationdesk.application.memory.ActingUser;
import org.accommodationdesk.application.memory.Fields;
import org.accommodationdesk.application.memory.InMemoryTokens;
import org.accommodationdesk.application.memory.MovableClock;
import org.accommodationdesk.domain.account.ApiToken;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.account.TokenNotFoundException;
import org.accommodationdesk.domain.request.FieldError;
import org.accommodationdesk.domain.request.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Personal access tokens: made with their secret shown once, listed, revoked by their owner. */
class TokenServiceTest {
  static final Instant NOW = Instant.parse("2026-12-02T15:00:00Z");

  final InMemoryTokens tokens = new InMemoryTokens();
  final MovableClock clock = new MovableClock(NOW);
  final ActingUser user = new ActingUser().as("ann", Role.EMPLOYEE);
  final TokenService service = new TokenService();

  TokenServiceTest() {
    Fields.set(service, "tokens", tokens);
    Fields.set(service, "currentUser", user);
    Fields.set(service, "clock", clock);
  }

  static FieldError refusal(Executable call) {
    InvalidInputException e = assertThrows(InvalidInputException.class, call);
    assertEquals(1, e.errors().size(), e.errors().toString());
    return e.errors().get(0);
  }

  @Test
  void aNewTokenShowsItsSecretOnceAndIsKeptOnlyAsItsDigest() {
    IssuedToken issued = service.create("  laptop script ", 30);
    assertEquals("laptop script", issued.name());
    assertTrue(issued.token().startsWith(ApiToken.PREFIX), issued.token());
    assertEquals(NOW.plus(Duration.ofDays(30)), issued.expiresAt());
    assertEquals(
        List.of(
            new TokenView(
                issued.id(),
                "laptop script",
                NOW,
                issued.expiresAt(),
                null,
                TokenView.State.VALID)),
        service.mine());
    assertEquals("ann", tokens.find(issued.id()).orElseThrow().getOwner());
  }

  @Test
  void aTokenWithoutALifetimeLastsTheDefaultNinetyDays() {
    assertEquals(
        NOW.plus(Duration.ofDays(ApiToken.DEFAULT_DAYS)), service.create("ci", null).expiresAt());
  }

  @Test
  void aLifetimeIsOneToThreeHundredSixtyFiveDays() {
    for (Integer bad : new Integer[] {0, -1, 366}) {
      assertEquals("days", refusal(() -> service.create("ci", bad)).field(), String.valueOf(bad));
    }
    assertEquals(NOW.plus(Duration.ofDays(1)), service.create("a", 1).expiresAt());
    assertEquals(NOW.plus(Duration.ofDays(365)), service.create("b", 365).expiresAt());
  }

  @Test
  void aTokenNeedsANameOfAtMostOneHundredCharacters() {
    for (String bad : new String[] {null, "  ", "n".repeat(ApiToken.NAME_MAX + 1)}) {
      assertEquals("name", refusal(() -> service.create(bad, 30)).field());
    }
    assertEquals(
        ApiToken.NAME_MAX, service.create("n".repeat(ApiToken.NAME_MAX), 30).name().length());
  }

  @Test
  void nobodyHoldsMoreThanTwentyValidTokensButExpiredAndRevokedOnesDoNotCount() {
    for (int i = 0; i < TokenService.VALID_MAX; i++) {
      service.create("t" + i, 30);
    }
    FieldError e = refusal(() -> service.create("one more", 30));
    assertEquals("tokens.tooMany", e.code());
    service.revoke(service.mine().get(0).id());
    assertEquals(
        "replacement", service.create("replacement", 30).name(), "a revoked one frees a place");
    clock.advance(Duration.ofDays(31));
    assertEquals("after they expired", service.create("after they expired", 30).name());
    user.as("bo", Role.EMPLOYEE);
    service.create("someone else's first", 30);
    assertEquals(1, service.mine().size(), "each counts their own");
  }

  @Test
  void theOwnerSeesTheirTokensNewestFirstAsValidExpiredOrRevoked() {
    long expiring = service.create("short", 1).id();
    clock.advance(Duration.ofHours(1));
    long revoked = service.create("revoked", 30).id();
    clock.advance(Duration.ofHours(1));
    long valid = service.create("valid", 30).id();
    service.revoke(revoked);
    clock.advance(Duration.ofDays(1));
    List<TokenView> mine = service.mine();
    assertEquals(List.of(valid, revoked, expiring), mine.stream().map(TokenView::id).toList());
    assertEquals(
        List.of(TokenView.State.VALID, TokenView.State.REVOKED, TokenView.State.EXPIRED),
        mine.stream().map(TokenView::state).toList());
    assertEquals(NOW.plus(Duration.ofHours(2)), mine.get(1).revokedAt());
    assertNull(mine.get(0).revokedAt());
  }

  @Test
  void anotherUsersTokenIsNotFoundAndStaysValid() {
    long id = service.create("mine", 30).id();
    user.as("bo", Role.REVIEWER);
    assertTrue(service.mine().isEmpty());
    assertThrows(TokenNotFoundException.class, () -> service.revoke(id));
    assertThrows(TokenNotFoundException.class, () -> service.revoke(404));
    assertTrue(tokens.find(id).orElseThrow().isValidAt(NOW));
  }
}
