package org.accommodationdesk.application.notices;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.accommodationdesk.application.requests.RequestAccess;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.request.DecisionLetter;
import org.accommodationdesk.domain.request.DecisionLetterRepository;
import org.accommodationdesk.domain.request.DecisionStage;
import org.accommodationdesk.domain.request.IssuedLetter;
import org.accommodationdesk.domain.request.LetterKind;
import org.accommodationdesk.domain.request.LetterNotFoundException;
import org.accommodationdesk.domain.request.RequestNotFoundException;

/**
 * The letters of a request, for its requester and HR reviewers (with need-to-know): every letter as
 * it was issued (the first decision's stays readable after an appeal), and the latest one. Before a
 * decision there is none.
 */
@Stateless
public class LetterService {
  @Inject private RequestAccess access;
  @Inject private DecisionLetterRepository letters;
  @Inject private LetterRenderer renderer;

  /** A letter to download: its name and bytes. */
  public record LetterFile(String fileName, byte[] content) {}

  /**
   * A letter as listed: its id, its kind (DECISION, DELAY, INTERIM), a decision's stage and outcome
   * (null for other letters), language, when issued.
   */
  public record LetterSummary(
      long id, String kind, String stage, String outcome, String language, Instant issuedAt)
      implements java.io.Serializable {
    public static LetterSummary of(IssuedLetter l) {
      return new LetterSummary(
          l.id(),
          l.kind().name(),
          l.stage() == null ? null : l.stage().name(),
          l.outcome() == null ? null : l.outcome().name(),
          l.language(),
          l.issuedAt());
    }
  }

  /**
   * The letter of the decision in force.
   *
   * @throws RequestNotFoundException when the caller may not see the request
   * @throws LetterNotFoundException when no letter was issued yet
   */
  @RolesAllowed({Role.EMPLOYEE, Role.REVIEWER})
  public LetterFile letter(long requestId) {
    access.visible(requestId);
    return file(
        letters.latestFor(requestId).orElseThrow(() -> new LetterNotFoundException(requestId)));
  }

  /**
   * One letter of the request, by its id.
   *
   * @throws RequestNotFoundException when the caller may not see the request
   * @throws LetterNotFoundException when the request has no letter of this id
   */
  @RolesAllowed({Role.EMPLOYEE, Role.REVIEWER})
  public LetterFile letter(long requestId, long letterId) {
    access.visible(requestId);
    return file(
        letters
            .find(requestId, letterId)
            .orElseThrow(() -> new LetterNotFoundException(requestId, String.valueOf(letterId))));
  }

  /**
   * The letter of the request's decision at a stage: what a notice of that decision opens, however
   * many decisions came after it.
   *
   * @throws RequestNotFoundException when the caller may not see the request
   * @throws LetterNotFoundException when there is no decision at that stage
   */
  @RolesAllowed({Role.EMPLOYEE, Role.REVIEWER})
  public LetterFile letter(long requestId, DecisionStage stage) {
    access.visible(requestId);
    return file(
        letters
            .forStage(requestId, stage)
            .orElseThrow(
                () -> new LetterNotFoundException(requestId, "of the " + stage + " decision")));
  }

  /**
   * The latest letter of a kind that is not a decision's (a delay's, an interim arrangement's):
   * what a notice of it opens.
   *
   * @throws RequestNotFoundException when the caller may not see the request
   * @throws LetterNotFoundException when no such letter was issued
   */
  @RolesAllowed({Role.EMPLOYEE, Role.REVIEWER})
  public LetterFile letter(long requestId, LetterKind kind) {
    access.visible(requestId);
    return file(
        letters
            .latestOfKind(requestId, kind)
            .orElseThrow(
                () -> new LetterNotFoundException(requestId, "of a " + kind.name().toLowerCase())));
  }

  /**
   * Every letter of the request, oldest first.
   *
   * @throws RequestNotFoundException when the caller may not see the request
   */
  @RolesAllowed({Role.EMPLOYEE, Role.REVIEWER})
  public List<LetterSummary> letters(long requestId) {
    access.visible(requestId);
    return letters.issuedFor(requestId).stream().map(LetterSummary::of).toList();
  }

  private LetterFile file(DecisionLetter letter) {
    return new LetterFile(
        renderer.fileName(
            letter.getKind(), letter.getRequestId(), letter.getId(), letter.getLanguage()),
        letter.getContent());
  }
}
