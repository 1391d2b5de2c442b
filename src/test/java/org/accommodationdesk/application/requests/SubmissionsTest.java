package org.accommodationdesk.application.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.accommodationdesk.application.memory.Desk;
import org.accommodationdesk.application.memory.Fields;
import org.accommodationdesk.application.memory.MagicBytes;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.request.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * A request filed exactly once per submission key: the key's form is checked, and a filing that
 * lost a race under the same key is answered with the request the winner filed.
 */
class SubmissionsTest {
  static final Instant NOW = Instant.parse("2026-12-02T15:00:00Z");

  final Desk desk = new Desk(NOW);
  final Submissions submissions = new Submissions();
  final NewRequest input = new NewRequest(Desk.household(), null, null);

  SubmissionsTest() {
    Fields.set(submissions, "filing", desk.filing);
    desk.user.as("employee1", Role.EMPLOYEE);
  }

  /** The request use cases as a filing sees them when another post with its key commits first. */
  final class LosesTheRace extends RequestFiling {
    @Override
    public Submissions.Filed submit(NewRequest in, List<Upload> uploads, String key) {
      desk.filing.submit(in, uploads, key); // the other post, committed first
      throw new DuplicateSubmissionException();
    }

    @Override
    public Optional<Submissions.Filed> earlierFiling(String key, String fingerprint) {
      return desk.filing.earlierFiling(key, fingerprint);
    }
  }

  @Test
  void aKeyIsOneToAHundredVisibleAsciiCharacters() {
    assertFalse(submissions.file(input, List.of(), "a").replayed());
    assertFalse(submissions.file(input, List.of(), "k".repeat(100)).replayed());
    for (String bad : new String[] {"", "k".repeat(101), "two words", "clé", "tab\t"}) {
      InvalidInputException e =
          assertThrows(InvalidInputException.class, () -> submissions.file(input, List.of(), bad));
      assertEquals("Idempotency-Key", e.errors().get(0).field(), bad);
    }
    assertEquals(2, desk.requests.all().size());
  }

  @Test
  void withoutAKeyEachFilingIsANewRequestWithAKeyOnlyTheFirst() {
    long first = submissions.file(input, List.of(), null).view().id();
    assertNotEquals(first, submissions.file(input, List.of(), null).view().id());
    Submissions.Filed keyed = submissions.file(input, List.of(), "key-1");
    Submissions.Filed again = submissions.file(input, List.of(), "key-1");
    assertTrue(again.replayed());
    assertEquals(keyed.view().id(), again.view().id());
    assertEquals(3, desk.requests.all().size());
  }

  @Test
  void aFilingThatLostARaceIsAnsweredWithTheRequestTheWinnerFiled() {
    Fields.set(submissions, "filing", new LosesTheRace());
    Submissions.Filed answer = submissions.file(input, List.of(), "key-1");
    assertTrue(answer.replayed());
    assertEquals(1, desk.requests.all().size(), "one request, the winner's");
    assertEquals(desk.requests.all().get(0).getId(), answer.view().id());
  }

  @Test
  void aLostRaceWithoutAnEarlierFilingToShowIsReportedAsTheConflictItWas() {
    RequestFiling neverFiled =
        new RequestFiling() {
          @Override
          public Submissions.Filed submit(NewRequest in, List<Upload> uploads, String key) {
            throw new DuplicateSubmissionException();
          }

          @Override
          public Optional<Submissions.Filed> earlierFiling(String key, String fingerprint) {
            return desk.filing.earlierFiling(key, fingerprint);
          }
        };
    Fields.set(submissions, "filing", neverFiled);
    assertThrows(
        DuplicateSubmissionException.class, () -> submissions.file(input, List.of(), "key-2"));
  }

  @Test
  void theFingerprintOfAFilingCoversEveryDetailAndEveryFile() {
    String plain = Submissions.fingerprint(input, List.of());
    assertEquals(64, plain.length(), "SHA-256 in hex");
    assertEquals(
        plain, Submissions.fingerprint(new NewRequest(Desk.household(), null, null), List.of()));
    assertNotEquals(
        plain, Submissions.fingerprint(new NewRequest(Desk.household(), "LOC-2", null), List.of()));
    String withFile =
        Submissions.fingerprint(input, List.of(new Upload("note.pdf", MagicBytes.PDF)));
    assertNotEquals(plain, withFile);
    assertNotEquals(
        withFile, Submissions.fingerprint(input, List.of(new Upload("other.pdf", MagicBytes.PDF))));
    assertNotEquals(
        withFile, Submissions.fingerprint(input, List.of(new Upload("note.pdf", MagicBytes.PNG))));
  }
}
