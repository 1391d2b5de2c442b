package org.accommodationdesk.application.notices;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.accommodationdesk.application.memory.Desk;
import org.accommodationdesk.application.memory.Fields;
import org.accommodationdesk.application.memory.InMemoryAudit;
import org.accommodationdesk.application.memory.MagicBytes;
import org.accommodationdesk.application.notices.CaseFileService.CaseFileZip;
import org.accommodationdesk.application.requests.NewRequest;
import org.accommodationdesk.application.requests.Upload;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.audit.AuditEntry;
import org.accommodationdesk.domain.request.AccommodationRequest;
import org.accommodationdesk.domain.request.Action;
import org.accommodationdesk.domain.request.ActionNotPermittedException;
import org.accommodationdesk.domain.request.DecisionLetter;
import org.accommodationdesk.domain.request.DecisionOutcome;
import org.accommodationdesk.domain.request.DecisionStage;
import org.accommodationdesk.domain.request.HistoryEntry;
import org.accommodationdesk.domain.request.InvalidInputException;
import org.accommodationdesk.domain.request.IssuedLetter;
import org.accommodationdesk.domain.request.RequestNotFoundException;
import org.accommodationdesk.domain.request.SupportingDocument;
import org.junit.jupiter.api.Test;

/**
 * A request's whole case file as one ZIP, for a legal request or a grievance: for HR who may see
 * the request (never their own) and administrators, with a reason, recorded in the request's
 * history and in the audit log.
 */
class CaseFileServiceTest {
  static final Instant NOW = Instant.parse("2026-12-02T15:00:00Z");
  static final byte[] LETTER = "the letter as issued".getBytes(UTF_8);

  final Desk desk = new Desk(NOW);
  final InMemoryAudit audit = new InMemoryAudit();
  final List<CaseFile> rendered = new ArrayList<>();
  final CaseFileService service = new CaseFileService();

  CaseFileServiceTest() {
    Fields.set(service, "requests", desk.requests);
    Fields.set(service, "access", desk.access);
    Fields.set(service, "currentUser", desk.user);
    Fields.set(service, "documents", desk.documents);
    Fields.set(service, "letters", desk.letters);
    Fields.set(service, "accounts", desk.accounts);
    Fields.set(
        service,
        "letterNames",
        new LetterRenderer() {
          @Override
          public byte[] render(Letter letter) {
            throw new UnsupportedOperationException();
          }

          @Override
          public byte[] render(DelayLetter letter) {
            throw new UnsupportedOperationException();
          }

          @Override
          public byte[] render(InterimLetter letter) {
            throw new UnsupportedOperationException();
          }
        });
    Fields.set(
        service,
        "renderer",
        (CaseFileRenderer)
            file -> {
              rendered.add(file);
              return ("case of " + file.request().id()).getBytes(UTF_8);
            });
    Fields.set(service, "audit", audit);
    Fields.set(service, "deadlines", desk.deadlines);
    Fields.set(service, "clock", desk.clock);
  }

  /** Employee1's request with a document, denied by reviewer1, its letter issued. */
  long deniedWithADocument() {
    desk.user.as("employee1", Role.EMPLOYEE);
    long id =
        desk.filing
            .submit(
                new NewRequest(Desk.household(), null, null),
                List.of(new Upload("note.pdf", MagicBytes.PDF)))
            .id();
    desk.review("reviewer1", id, Action.START_REVIEW);
    desk.deny("reviewer1", id);
    long decision = desk.requests.find(id).orElseThrow().latestDecision().orElseThrow().getId();
    desk.letters.add(new DecisionLetter(id, decision, "en", NOW, LETTER));
    desk.letters.issued.add(
        new IssuedLetter(
            1,
            org.accommodationdesk.domain.request.LetterKind.DECISION,
            decision,
            DecisionStage.INITIAL,
            DecisionOutcome.DENIED,
            "en",
            NOW));
    return id;
  }

  static Map<String, byte[]> entries(CaseFileZip zip) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.content()))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  HistoryEntry lastStep(long id) {
    List<HistoryEntry> history = desk.requests.find(id).orElseThrow().getHistory();
    return history.get(history.size() - 1);
  }

  @Test
  void hrExportsTheCaseTheLettersAndTheDocumentsAsTheyWere() {
    long id = deniedWithADocument();
    desk.user.as("reviewer2", Role.REVIEWER);
    CaseFileZip zip = service.export(id, "  Grievance 12 ");

    assertEquals("case-file-" + id + ".zip", zip.fileName());
    Map<String, byte[]> entries = entries(zip);
    assertEquals(
        List.of(
            "case-file-" + id + ".pdf",
            "letters/decision-letter-" + id + "-1.pdf",
            "documents/1-note.pdf"),
        List.copyOf(entries.keySet()));
    assertArrayEquals(("case of " + id).getBytes(UTF_8), entries.get("case-file-" + id + ".pdf"));
    assertArrayEquals(LETTER, entries.get("letters/decision-letter-" + id + "-1.pdf"));
    assertArrayEquals(MagicBytes.PDF, entries.get("documents/1-note.pdf"));

    CaseFile file = rendered.get(0);
    assertEquals("reviewer2", file.exportedBy());
    assertEquals(NOW, file.exportedAt());
    assertEquals("Grievance 12", file.reason());
    assertEquals(List.of("documents/1-note.pdf"), file.documents());
    assertEquals(List.of("letters/decision-letter-" + id + "-1.pdf"), file.letters());
    assertEquals("Erin Employee", file.name("employee1"));
    assertEquals("Rita Reviewer", file.name("reviewer1"), "everyone in the history by name");
    assertEquals("Al Reviewer", file.name("reviewer2"), "and who exported it");
    assertEquals("Erin Employee", file.request().requesterName());
    assertEquals(List.of(), List.copyOf(file.request().availableActions()), "a record, no steps");
    assertEquals(1, file.request().letters().size());
  }

  @Test
  void anExportIsRecordedInTheRequestsHistoryAndInTheAuditLog() {
    long id = deniedWithADocument();
    desk.user.as("reviewer2", Role.REVIEWER);
    service.export(id, "Grievance 12");
    HistoryEntry step = lastStep(id);
    assertEquals(Action.CASE_FILE_EXPORTED, step.getAction());
    assertEquals("reviewer2", step.getActor());
    assertEquals("Grievance 12", step.getComment());
    assertEquals(
        desk.requests.find(id).orElseThrow().getHistory().size(),
        desk.requests.storedHistoryLength(id).orElseThrow(),
        "written, not only changed in memory");
    AuditEntry entry = audit.last();
    assertEquals(AuditEntry.Action.CASE_FILE_EXPORTED, entry.getAction());
    assertEquals("reviewer2", entry.getActor());
    assertEquals("request " + id, entry.getSubject());
    assertTrue(entry.getAfter().contains("Grievance 12"), entry.getAfter());
  }

  @Test
  void nobodyExportsTheCaseFileOfTheirOwnRequest() {
    desk.account("hr-employee", "Hana", desk.lincoln, desk.teacher, Role.EMPLOYEE, Role.REVIEWER);
    long id = desk.file("hr-employee").id();
    desk.user.as("hr-employee", Role.EMPLOYEE, Role.REVIEWER);
    assertThrows(ActionNotPermittedException.class, () -> service.export(id, "Curious"));
    desk.user.as("hr-employee", Role.ADMIN);
    assertThrows(ActionNotPermittedException.class, () -> service.export(id, "Curious"));
    assertEquals(Action.SUBMIT, lastStep(id).getAction(), "nothing recorded");
    assertTrue(audit.entries.isEmpty());
  }

  @Test
  void anExportNeedsAReason() {
    long id = deniedWithADocument();
    desk.user.as("reviewer2", Role.REVIEWER);
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> service.export(id, "  "));
    assertEquals("reason", e.errors().get(0).field());
    assertTrue(rendered.isEmpty(), "no file made");
    assertTrue(audit.entries.isEmpty());
  }

  @Test
  void aReviewerWhoDoesNotServeTheLocationDoesNotLearnOfTheRequestAnAdministratorExportsAny() {
    long id = deniedWithADocument();
    // reviewer2 is named for Washington only; the request is Lincoln's
    desk.washington.changeReviewers(java.util.Set.of("reviewer2"));
    desk.user.as("reviewer2", Role.REVIEWER);
    assertThrows(RequestNotFoundException.class, () -> service.export(id, "Grievance 12"));
    desk.user.as("ada", Role.ADMIN);
    assertEquals("case-file-" + id + ".zip", service.export(id, "Legal hold").fileName());
    assertEquals("ada", audit.last().getActor());
    assertThrows(RequestNotFoundException.class, () -> service.export(99, "Legal hold"));
  }

  @Test
  void aStoredNameNeverTakesADocumentOutOfItsFolder() {
    long id = deniedWithADocument();
    AccommodationRequest r = desk.requests.find(id).orElseThrow();
    SupportingDocument d = desk.documents.forRequest(r.getId()).get(0);
    Fields.set(d, "fileName", "../a/b\\c.pdf");
    desk.user.as("reviewer2", Role.REVIEWER);
    assertTrue(entries(service.export(id, "Grievance 12")).containsKey("documents/1-.._a_b_c.pdf"));
  }
}
