package org.accommodationdesk.application.notices;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.accommodationdesk.application.accounts.AccountAdministration;
import org.accommodationdesk.application.accounts.CurrentUser;
import org.accommodationdesk.application.deadlines.CaseDeadlines;
import org.accommodationdesk.application.deadlines.DueDays;
import org.accommodationdesk.application.requests.RequestAccess;
import org.accommodationdesk.application.requests.RequestView;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.account.UserAccountRepository;
import org.accommodationdesk.domain.audit.AuditEntry;
import org.accommodationdesk.domain.audit.AuditLog;
import org.accommodationdesk.domain.request.AccommodationRequest;
import org.accommodationdesk.domain.request.ActionNotPermittedException;
import org.accommodationdesk.domain.request.DecisionLetter;
import org.accommodationdesk.domain.request.DecisionLetterRepository;
import org.accommodationdesk.domain.request.DocumentRepository;
import org.accommodationdesk.domain.request.HistoryEntry;
import org.accommodationdesk.domain.request.IssuedLetter;
import org.accommodationdesk.domain.request.RequestNotFoundException;
import org.accommodationdesk.domain.request.RequestRepository;
import org.accommodationdesk.domain.request.SupportingDocument;

/**
 * A request's whole case file for a legal request or a grievance, as one ZIP: a PDF of the case
 * (details, every decision, the whole history with the actors' names), every letter as it was
 * issued and every document as it was uploaded. For HR reviewers who may see the request (never
 * their own) and for administrators; a reason is required, and the export is recorded in the
 * request's history and in the audit log.
 */
@Stateless
public class CaseFileService {
  @Inject private RequestRepository requests;
  @Inject private RequestAccess access;
  @Inject private CurrentUser currentUser;
  @Inject private DocumentRepository documents;
  @Inject private DecisionLetterRepository letters;
  @Inject private UserAccountRepository accounts;
  @Inject private LetterRenderer letterNames;
  @Inject private CaseFileRenderer renderer;
  @Inject private AuditLog audit;
  @Inject private CaseDeadlines deadlines;
  @Inject private Clock clock;

  /** The file to download: its name and bytes. */
  public record CaseFileZip(String fileName, byte[] content) {}

  /**
   * Exports the case file of request {@code id}.
   *
   * @throws RequestNotFoundException when the caller (HR) may not see the request
   * @throws ActionNotPermittedException when it is the caller's own request
   * @throws org.accommodationdesk.domain.request.InvalidInputException when no reason is given
   */
  @RolesAllowed({Role.REVIEWER, Role.ADMIN})
  public CaseFileZip export(long id, String reason) {
    AccommodationRequest request =
        currentUser.isAdministrator()
            ? requests.find(id).orElseThrow(() -> new RequestNotFoundException(id))
            : access.visible(id);
    String me = currentUser.username();
    if (request.isRequestedBy(me)) {
      throw new ActionNotPermittedException(
          "Nobody exports the case file of their own request: ask a colleague in HR.");
    }
    if (!request.contentReadableBy(me)) {
      throw new org.accommodationdesk.domain.request.TransitionNotAllowedException(
          "The employee has not confirmed this request: its case file cannot be exported.");
    }
    Instant now = clock.instant();
    // the reason is checked first; the record is written last, once the file is made, so that the
    // request's row is changed (and locked) only for the last moment of the export
    request.caseRecord().checkCaseFileReason(reason);

    List<SupportingDocument> docs = documents.forRequest(id);
    List<IssuedLetter> issued = letters.issuedFor(id);
    Set<String> people = new HashSet<>();
    people.add(request.getRequester());
    people.add(me);
    request.getHistory().stream().map(HistoryEntry::getActor).forEach(people::add);
    Map<String, String> names = new LinkedHashMap<>(accounts.displayNames(people));

    Map<String, byte[]> entries = new LinkedHashMap<>();
    List<String> letterFiles = new ArrayList<>();
    for (IssuedLetter l : issued) {
      DecisionLetter letter = letters.find(id, l.id()).orElseThrow();
      String name = "letters/" + letterNames.fileName(id, l.id(), l.language());
      entries.put(name, letter.getContent());
      letterFiles.add(name);
    }
    List<String> documentFiles = new ArrayList<>();
    for (SupportingDocument d : docs) {
      // the stored name has no directory part; the id keeps two files of one name apart
      String name = "documents/" + d.getId() + "-" + d.getFileName().replaceAll("[/\\\\]", "_");
      entries.put(name, documents.content(d.getId()));
      documentFiles.add(name);
    }
    CaseFile file =
        new CaseFile(
            caseView(request, names, issued),
            names,
            me,
            now,
            reason.strip(),
            documentFiles,
            letterFiles);
    String pdf = "case-file-" + id + ".pdf";
    Map<String, byte[]> all = new LinkedHashMap<>();
    all.put(pdf, renderer.render(file));
    all.putAll(entries);
    byte[] zip = zip(all);
    request.caseRecord().recordCaseFileExported(me, reason, now);
    requests.store(request);
    audit.append(
        AccountAdministration.entry(
            clock,
            me,
            AuditEntry.Action.CASE_FILE_EXPORTED,
            "request " + id,
            null,
            Map.of("reason", reason.strip())));
    return new CaseFileZip("case-file-" + id + ".zip", zip);
  }

  /** The request as HR sees it, without the steps one could take (a record, not a page). */
  private RequestView caseView(
      AccommodationRequest r, Map<String, String> names, List<IssuedLetter> issued) {
    java.time.LocalDate today = deadlines.today();
    return RequestView.of(
        r,
        Set.of(),
        false,
        false,
        names.getOrDefault(r.getRequester(), r.getRequester()),
        null,
        new DueDays(today, today),
        false,
        issued);
  }

  private static byte[] zip(Map<String, byte[]> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
