package org.accommodationdesk.application.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.accommodationdesk.application.memory.Desk;
import org.accommodationdesk.application.memory.Fields;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.account.UserAccount;
import org.accommodationdesk.domain.request.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * Filing for an employee once per key (issue 25): a form posted twice or an API client sending
 * again files one request; a key is its filer's own.
 */
class FilingForAnEmployeeTest {
  static final Instant NOW = Instant.parse("2026-12-02T15:00:00Z");

  final Desk desk = new Desk(NOW);
  final NewRequest input = new NewRequest(Desk.household(), null, null);
  final Submissions submissions = new Submissions();

  FilingForAnEmployeeTest() {
    desk.accounts.add(
        new UserAccount("union1", "Una Union", "hash", null, null, Set.of(Role.UNION_REP)));
    Fields.set(submissions, "filing", desk.filing);
  }

  @Test
  void theSameFilingSentAgainUnderItsKeyFilesNothingNew() {
    desk.user.as("reviewer1", Role.REVIEWER);
    RequestFiling.ProxyFiled first = submissions.fileFor("employee1", input, null, "paper-17");
    RequestFiling.ProxyFiled again = submissions.fileFor("employee1", input, null, "paper-17");
    assertFalse(first.replayed());
    assertTrue(again.replayed(), "answered with the request filed the first time");
    assertEquals(first.id(), again.id());
    assertTrue(again.awaitingConfirmation(), "as it is now: the employee has not confirmed it");
    RequestFiling.ProxyFiled spaced = submissions.fileFor("  employee1 ", input, null, "paper-17");
    assertTrue(spaced.replayed(), "spaces around the user name make no other filing");
    assertEquals(1, desk.requests.count(org.accommodationdesk.domain.request.RequestFilter.all()));
  }

  @Test
  void aDifferentFilingUnderAUsedKeyIsRefusedNamingTheKey() {
    desk.user.as("union1", Role.UNION_REP);
    submissions.fileFor("employee1", input, "Asked at the office.", "k-1");
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> submissions.fileFor("employee2", input, "Asked at the office.", "k-1"));
    assertEquals("Idempotency-Key", e.errors().get(0).field());
    assertEquals("idempotencyKey.used", e.errors().get(0).code(), "words of its own on a page");
    InvalidInputException consent =
        assertThrows(
            InvalidInputException.class,
            () -> submissions.fileFor("employee1", input, "Asked by phone.", "k-1"),
            "the consent is part of the filing");
    assertEquals("Idempotency-Key", consent.errors().get(0).field());
  }

  @Test
  void aKeyIsItsFilersOwn() {
    desk.user.as("reviewer1", Role.REVIEWER);
    long byHr = submissions.fileFor("employee1", input, null, "same").id();
    desk.user.as("reviewer2", Role.REVIEWER);
    RequestFiling.ProxyFiled byAnother = submissions.fileFor("employee1", input, null, "same");
    assertFalse(byAnother.replayed(), "another filer's key says nothing of this one's");
    assertNotEquals(byHr, byAnother.id());
  }

  @Test
  void aMalformedKeyIsRefusedAndNothingIsFiled() {
    desk.user.as("reviewer1", Role.REVIEWER);
    assertThrows(
        InvalidInputException.class, () -> submissions.fileFor("employee1", input, null, "a b"));
    assertEquals(0, desk.requests.count(org.accommodationdesk.domain.request.RequestFilter.all()));
  }
}
