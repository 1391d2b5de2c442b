package org.accommodationdesk.application.requests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.accommodationdesk.application.memory.ActingUser;
import org.accommodationdesk.application.memory.Fields;
import org.accommodationdesk.application.memory.InMemoryDocuments;
import org.accommodationdesk.application.memory.InMemoryReferenceData;
import org.accommodationdesk.application.memory.InMemoryRequests;
import org.accommodationdesk.application.memory.MagicBytes;
import org.accommodationdesk.application.memory.MovableClock;
import org.accommodationdesk.application.requests.DocumentService.DocumentView;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.reference.JobClass;
import org.accommodationdesk.domain.reference.WorkLocation;
import org.accommodationdesk.domain.request.AccommodationRequest;
import org.accommodationdesk.domain.request.Action;
import org.accommodationdesk.domain.request.ActionNotPermittedException;
import org.accommodationdesk.domain.request.Actor;
import org.accommodationdesk.domain.request.ArrangementType;
import org.accommodationdesk.domain.request.Category;
import org.accommodationdesk.domain.request.FieldError;
import org.accommodationdesk.domain.request.InvalidInputException;
import org.accommodationdesk.domain.request.Relationship;
import org.accommodationdesk.domain.request.RequestDetails;
import org.accommodationdesk.domain.request.RequestIntake;
import org.accommodationdesk.domain.request.RequestNotFoundException;
import org.accommodationdesk.domain.request.TransitionNotAllowedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Supporting documents: the requester attaches PDF, PNG or JPEG files within the size limit while
 * the request is open; the requester and HR download them, each download in the history. In memory.
 */
class DocumentServiceTest {
  static final Instant NOW = Instant.parse("2026-12-02T15:00:00Z");
  static final long LIMIT = 64;

  final InMemoryRequests requests = new InMemoryRequests();
  final InMemoryDocuments documents = new InMemoryDocuments();
  final InMemoryReferenceData referenceData = new InMemoryReferenceData();
  final MovableClock clock = new MovableClock(NOW);
  final ActingUser user = new ActingUser();
  final DocumentService service = new DocumentService();
  final long id;

  DocumentServiceTest() {
    RequestAccess access = new RequestAccess();
    Fields.set(access, "requests", requests);
    Fields.set(access, "currentUser", user);
    Fields.set(access, "referenceData", referenceData);
    Fields.set(service, "requests", requests);
    Fields.set(service, "documents", documents);
    Fields.set(service, "detector", new MagicBytes());
    Fields.set(service, "currentUser", user);
    Fields.set(service, "access", access);
    Fields.set(service, "clock", clock);
    Fields.set(service, "maxBytes", LIMIT);
    id =
        requests
            .put(
                RequestIntake.submit(
                    "employee1",
                    new RequestDetails(
                        Category.HOUSEHOLD_MEMBER,
                        ArrangementType.FULL_REMOTE,
                        null,
                        null,
                        LocalDate.of(2026, 12, 7),
                        null,
                        Relationship.PARENT,
                        true,
                        null,
                        null),
                    new WorkLocation("LOC-1", "Lincoln Elementary"),
                    new JobClass("TEACHER", "Classroom teacher"),
                    NOW))
            .getId();
    user.as("employee1", Role.EMPLOYEE);
  }

  static FieldError refusal(Executable call) {
    InvalidInputException e = assertThrows(InvalidInputException.class, call);
    assertEquals(1, e.errors().size(), e.errors().toString());
    return e.errors().get(0);
  }

  AccommodationRequest request() {
    return requests.find(id).orElseThrow();
  }

  Action lastStep() {
    return request().getHistory().get(request().getHistory().size() - 1).getAction();
  }

  @Test
  void theRequesterAttachesAPdfWhichIsListedAndRecordedInTheHistory() throws Exception {
    long revision = request().getRevision();
    DocumentView added = service.attach(id, "C:\\scans\\note.pdf", MagicBytes.PDF);
    assertEquals("note.pdf", added.fileName());
    assertEquals("application/pdf", added.contentType());
    assertEquals(MagicBytes.PDF.length, added.sizeBytes());
    assertEquals("employee1", added.uploadedBy());
    assertEquals(NOW, added.uploadedAt());
    assertEquals(List.of(added), service.list(id));
    assertEquals(
        java.util.HexFormat.of()
            .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(MagicBytes.PDF)),
        documents.find(added.id()).orElseThrow().getSha256(),
        "kept with the digest of its bytes");
    assertEquals(Action.DOCUMENT_ADDED, lastStep());
    assertEquals(revision + 1, requests.storedRevision(id).orElseThrow(), "stored with the step");
  }

  @Test
  void aFileIsKeptUnderTheExtensionOfItsContent() {
    assertEquals("poly.html.png", service.attach(id, "poly.html", MagicBytes.PNG).fileName());
  }

  @Test
  void anEmptyFileIsRefused() {
    FieldError e = refusal(() -> service.attach(id, "empty.pdf", new byte[0]));
    assertEquals("document.empty", e.code());
    assertEquals(0, documents.size());
  }

  @Test
  void aFileLargerThanTheLimitIsRefusedAndOneOfExactlyTheLimitAccepted() {
    byte[] atLimit = Arrays.copyOf(MagicBytes.PDF, (int) LIMIT);
    byte[] over = Arrays.copyOf(MagicBytes.PDF, (int) LIMIT + 1);
    assertEquals("document.tooLarge", refusal(() -> service.attach(id, "big.pdf", over)).code());
    assertEquals(LIMIT, service.attach(id, "fits.pdf", atLimit).sizeBytes());
    assertEquals(LIMIT, service.maxBytes());
  }

  @Test
  void aFileThatIsNotAPdfPngOrJpegByItsContentIsRefusedWhateverItsName() {
    FieldError e = refusal(() -> service.attach(id, "looks.pdf", MagicBytes.TEXT));
    assertEquals("document.type", e.code());
    assertEquals(0, documents.size());
    assertEquals(Action.SUBMIT, lastStep(), "nothing recorded");
  }

  @Test
  void aFormIsToldWhatIsWrongWithAFileBeforeSendingIt() {
    assertTrue(service.problemsOf("note.pdf", MagicBytes.PDF).isEmpty());
    assertEquals("document.type", service.problemsOf("page.html", MagicBytes.TEXT).get(0).code());
    assertEquals("document.empty", service.problemsOf("none.pdf", new byte[0]).get(0).code());
    assertEquals(0, documents.size(), "nothing kept");
  }

  @Test
  void severalFilesAreAddedTogetherAndNoFileAtAllIsRefused() {
    List<DocumentView> added =
        service.attachAll(
            id, List.of(new Upload("a.pdf", MagicBytes.PDF), new Upload("b.png", MagicBytes.PNG)));
    assertEquals(List.of("a.pdf", "b.png"), added.stream().map(DocumentView::fileName).toList());
    assertEquals("document.none", refusal(() -> service.attachAll(id, List.of())).code());
  }

  @Test
  void onlyTheRequesterAttachesAndOnlyWhileTheRequestIsOpen() {
    user.as("reviewer1", Role.REVIEWER);
    assertThrows(
        ActionNotPermittedException.class, () -> service.attach(id, "a.pdf", MagicBytes.PDF));
    user.as("employee2", Role.EMPLOYEE);
    assertThrows(RequestNotFoundException.class, () -> service.attach(id, "a.pdf", MagicBytes.PDF));
    request().withdraw(Actor.employee("employee1"), null, NOW);
    user.as("employee1", Role.EMPLOYEE);
    assertThrows(
        TransitionNotAllowedException.class, () -> service.attach(id, "a.pdf", MagicBytes.PDF));
    assertEquals(0, documents.size());
  }

  @Test
  void theRequesterAndHrDownloadADocumentAndEachDownloadIsRecorded() {
    long doc = service.attach(id, "note.pdf", MagicBytes.PDF).id();
    long revision = request().getRevision();
    user.as("reviewer1", Role.REVIEWER);
    DocumentService.DocumentFile file = service.download(doc);
    assertEquals("note.pdf", file.fileName());
    assertEquals("application/pdf", file.contentType());
    assertArrayEquals(MagicBytes.PDF, file.content());
    assertEquals(Action.DOCUMENT_DOWNLOADED, lastStep());
    assertEquals(
        "reviewer1", request().getHistory().get(request().getHistory().size() - 1).getActor());
    assertEquals(revision, request().getRevision(), "a download does not make an open page stale");
    assertEquals(
        request().getHistory().size(),
        requests.storedHistoryLength(id).orElseThrow(),
        "the download is written with the request");
    user.as("employee1", Role.EMPLOYEE);
    service.download(doc);
    assertEquals(
        2,
        request().getHistory().stream()
            .filter(h -> h.getAction() == Action.DOCUMENT_DOWNLOADED)
            .count());
  }

  @Test
  void anotherEmployeeFindsNeitherTheDocumentsNorTheirBytes() {
    long doc = service.attach(id, "note.pdf", MagicBytes.PDF).id();
    user.as("employee2", Role.EMPLOYEE);
    assertThrows(RequestNotFoundException.class, () -> service.list(id));
    assertThrows(RequestNotFoundException.class, () -> service.download(doc));
    assertThrows(RequestNotFoundException.class, () -> service.download(404));
  }
}
