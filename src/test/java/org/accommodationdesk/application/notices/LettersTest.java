package org.accommodationdesk.application.notices;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.accommodationdesk.application.memory.Desk;
import org.accommodationdesk.application.memory.Fields;
import org.accommodationdesk.application.memory.InMemoryReferenceData;
import org.accommodationdesk.application.notices.LetterService.LetterFile;
import org.accommodationdesk.application.notices.LetterService.LetterSummary;
import org.accommodationdesk.application.requests.RequestView.ArrangementView;
import org.accommodationdesk.application.requests.TransitionCommand;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.account.UserAccount;
import org.accommodationdesk.domain.request.AccommodationRequest;
import org.accommodationdesk.domain.request.Action;
import org.accommodationdesk.domain.request.ArrangementType;
import org.accommodationdesk.domain.request.DecisionLetter;
import org.accommodationdesk.domain.request.DecisionOutcome;
import org.accommodationdesk.domain.request.DecisionStage;
import org.accommodationdesk.domain.request.HistoryEntry;
import org.accommodationdesk.domain.request.IssuedLetter;
import org.accommodationdesk.domain.request.LetterNotFoundException;
import org.accommodationdesk.domain.request.RequestNotFoundException;
import org.junit.jupiter.api.Test;

/**
 * Decision letters: one issued with every decision, first or on appeal, in the employee's language,
 * kept with the case and recorded in its history (LetterWriter, observing the steps); downloaded by
 * those who may see the request, nobody else (LetterService).
 */
class LettersTest {
  /** Wednesday 2 December 2026, 09:00 in Chicago. */
  static final Instant NOW = Instant.parse("2026-12-02T15:00:00Z");

  final Desk desk = new Desk(NOW);
  final List<Letter> rendered = new ArrayList<>();
  final LetterRenderer renderer =
      new LetterRenderer() {
        @Override
        public byte[] render(Letter letter) {
          rendered.add(letter);
          return (letter.outcome() + " " + letter.language()).getBytes(UTF_8);
        }

        @Override
        public byte[] render(DelayLetter letter) {
          return ("DELAY " + letter.reasonName() + " " + letter.expectedBy()).getBytes(UTF_8);
        }

        @Override
        public byte[] render(InterimLetter letter) {
          return ("INTERIM " + letter.until()).getBytes(UTF_8);
        }
      };
  final LetterWriter writer = new LetterWriter();
  final LetterService service = new LetterService();

  LettersTest() {
    Fields.set(writer, "renderer", renderer);
    Fields.set(writer, "letters", desk.letters);
    Fields.set(writer, "accounts", desk.accounts);
    Fields.set(writer, "referenceData", desk.referenceData);
    Fields.set(writer, "deadlines", desk.deadlines);
    Fields.set(writer, "clock", desk.clock);
    desk.steps.observedBy(writer::stepTaken);
    Fields.set(service, "access", desk.access);
    Fields.set(service, "letters", desk.letters);
    Fields.set(service, "renderer", renderer);
    desk.referenceData
        .findDenialReason("UNDUE_HARDSHIP")
        .orElseThrow()
        .rename("Undue hardship", "Dificultad excesiva");
  }

  void speaksSpanish(String username) {
    UserAccount a = desk.accounts.find(username).orElseThrow();
    a.changeProfile(a.getDisplayName(), null, "es", a.getWorkLocation(), a.getJobClass());
  }

  AccommodationRequest request(long id) {
    return desk.requests.find(id).orElseThrow();
  }

  /** A request of employee1's denied by reviewer1. */
  long denied() {
    long id = desk.file("employee1").id();
    desk.review("reviewer1", id, Action.START_REVIEW);
    desk.deny("reviewer1", id);
    return id;
  }

  // ---- issued -------------------------------------------------------------------------------

  @Test
  void aDenialIssuesItsLetterInTheEmployeesLanguageKeptWithTheCase() {
    speaksSpanish("employee1");
    long id = denied();

    assertEquals(1, desk.letters.added.size());
    DecisionLetter kept = desk.letters.added.get(0);
    assertEquals(id, kept.getRequestId());
    assertEquals(
        request(id).latestDecision().orElseThrow().getId(), kept.getDecisionId().orElseThrow());
    assertEquals("es", kept.getLanguage());
    assertEquals(NOW, kept.getIssuedAt());
    assertArrayEquals("DENIED es".getBytes(UTF_8), kept.getContent(), "as rendered");
    HistoryEntry last = request(id).getHistory().get(request(id).getHistory().size() - 1);
    assertEquals(Action.LETTER_ISSUED, last.getAction(), "in the case's history");
    assertEquals("reviewer1", last.getActor(), "by the person who decided");

    assertEquals(
        new Letter(
            id,
            "es",
            "Erin Employee",
            LocalDate.of(2026, 12, 2),
            false,
            "DENIED",
            "HOUSEHOLD_MEMBER",
            new ArrangementView("FULL_REMOTE", null, null),
            LocalDate.of(2026, 12, 7),
            LocalDate.of(2027, 6, 30),
            null,
            "Dificultad excesiva",
            "No",
            LocalDate.of(2026, 12, 17),
            "Rita Reviewer"),
        rendered.get(0),
        "the reason in Spanish; fifteen days to appeal; people by name");
  }

  @Test
  void anApprovalGrantsWhatWasAskedAndAnApprovalWithChangesWhatWasGranted() {
    long approved = desk.file("employee1").id();
    desk.review("reviewer1", approved, Action.START_REVIEW);
    desk.review("reviewer1", approved, Action.APPROVE);
    Letter first = rendered.get(0);
    assertEquals("en", first.language());
    assertEquals("APPROVED", first.outcome());
    assertEquals(first.requested(), first.granted());
    assertEquals(null, first.reasonName());

    long changed = desk.file("employee2").id();
    desk.review("reviewer2", changed, Action.START_REVIEW);
    desk.as(
        "reviewer2",
        Role.REVIEWER,
        changed,
        new TransitionCommand(
            Action.APPROVE_WITH_CHANGES,
            null,
            "Two days",
            ArrangementType.PARTIAL_REMOTE,
            2,
            null));
    Letter second = rendered.get(1);
    assertEquals("APPROVED_WITH_CHANGES", second.outcome());
    assertEquals(new ArrangementView("PARTIAL_REMOTE", 2, null), second.granted());
    assertEquals(new ArrangementView("FULL_REMOTE", null, null), second.requested());
    assertEquals("Eli Employee", second.employeeName());
    assertEquals("Al Reviewer", second.deciderName());
    assertEquals(2, desk.letters.added.size());
  }

  @Test
  void anAppealsLetterSaysItIsFinalAndWhoDecidedIt() {
    long id = denied();
    desk.user.as("employee1", Role.EMPLOYEE);
    desk.service.appeal(id, "I disagree", List.of(), null);
    desk.review("reviewer2", id, Action.START_REVIEW);
    desk.review("reviewer2", id, Action.APPROVE);
    Letter onAppeal = rendered.get(1);
    assertTrue(onAppeal.onAppeal());
    assertEquals(null, onAppeal.appealBy(), "no appeal after an appeal");
    assertEquals("Al Reviewer", onAppeal.deciderName());
    assertEquals(
        request(id).latestDecision().orElseThrow().getId(),
        desk.letters.added.get(1).getDecisionId().orElseThrow(),
        "the letter of the appeal's decision");
  }

  @Test
  void stepsThatDecideNothingIssueNoLetter() {
    long id = desk.file("employee1").id();
    desk.review("reviewer1", id, Action.START_REVIEW);
    desk.review("reviewer1", id, Action.REQUEST_INFO);
    desk.user.as("employee1", Role.EMPLOYEE);
    desk.service.provideInformation(id, "Mondays", List.of(), null);
    desk.as("employee1", Role.EMPLOYEE, id, TransitionCommand.of(Action.WITHDRAW, "no longer"));
    assertTrue(desk.letters.added.isEmpty());
    assertTrue(rendered.isEmpty());
  }

  @Test
  void aReasonNoLongerInTheReferenceDataIsNamedByItsCodeAndAnUnknownPersonByUserName() {
    long id = denied();
    AccommodationRequest r = request(id);
    Fields.set(writer, "referenceData", new InMemoryReferenceData());
    Fields.set(writer, "accounts", new org.accommodationdesk.application.memory.InMemoryAccounts());
    Letter letter = writer.letterOf(r, r.latestDecision().orElseThrow(), "en");
    assertEquals("UNDUE_HARDSHIP", letter.reasonName());
    assertEquals("employee1", letter.employeeName());
    assertEquals("reviewer1", letter.deciderName());
  }

  // ---- downloaded ---------------------------------------------------------------------------

  @Test
  void theEmployeeAndHrDownloadTheLetterInForceAndEveryLetterByItsNumber() {
    speaksSpanish("employee1");
    long id = denied();
    desk.user.as("employee1", Role.EMPLOYEE);
    desk.service.appeal(id, "I disagree", List.of(), null);
    desk.review("reviewer2", id, Action.START_REVIEW);
    desk.review("reviewer2", id, Action.APPROVE);

    desk.user.as("employee1", Role.EMPLOYEE);
    LetterFile inForce = service.letter(id);
    assertEquals("carta-decision-" + id + "-2.pdf", inForce.fileName(), "in Spanish, letter 2");
    assertArrayEquals("APPROVED es".getBytes(UTF_8), inForce.content());
    LetterFile first = service.letter(id, 1);
    assertArrayEquals("DENIED es".getBytes(UTF_8), first.content());
    desk.user.as("reviewer1", Role.REVIEWER);
    assertArrayEquals("APPROVED es".getBytes(UTF_8), service.letter(id).content(), "HR too");
    assertThrows(LetterNotFoundException.class, () -> service.letter(id, 3));
  }

  @Test
  void nobodyElseLearnsOfALetterNorOfTheRequest() {
    long id = denied();
    desk.user.as("employee2", Role.EMPLOYEE);
    assertThrows(RequestNotFoundException.class, () -> service.letter(id));
    assertThrows(RequestNotFoundException.class, () -> service.letter(id, 1));
    assertThrows(RequestNotFoundException.class, () -> service.letter(id, DecisionStage.INITIAL));
    assertThrows(RequestNotFoundException.class, () -> service.letters(id));
  }

  @Test
  void aRequestNotYetDecidedHasNoLetter() {
    long id = desk.file("employee1").id();
    desk.user.as("employee1", Role.EMPLOYEE);
    assertThrows(LetterNotFoundException.class, () -> service.letter(id));
    assertThrows(LetterNotFoundException.class, () -> service.letter(id, DecisionStage.APPEAL));
    assertEquals(List.of(), service.letters(id));
  }

  @Test
  void theLettersAreListedWithTheirDecisionsStageAndOutcome() {
    long id = denied();
    desk.letters.issued.add(
        new IssuedLetter(
            1,
            org.accommodationdesk.domain.request.LetterKind.DECISION,
            1L,
            DecisionStage.INITIAL,
            DecisionOutcome.DENIED,
            "en",
            NOW));
    desk.user.as("employee1", Role.EMPLOYEE);
    assertEquals(
        List.of(new LetterSummary(1, "DECISION", "INITIAL", "DENIED", "en", NOW)),
        service.letters(id));
  }
}
