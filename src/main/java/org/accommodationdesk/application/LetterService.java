package org.accommodationdesk.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.request.DecisionLetter;
import org.accommodationdesk.domain.request.DecisionLetterRepository;
import org.accommodationdesk.domain.request.LetterNotFoundException;
import org.accommodationdesk.domain.request.RequestNotFoundException;

/**
 * The decision letter of a request, for its requester and HR reviewers (with need-to-know): the
 * letter of the decision in force. Before a decision there is none.
 */
@Stateless
public class LetterService {
  @Inject private RequestAccess access;
  @Inject private DecisionLetterRepository letters;
  @Inject private LetterRenderer renderer;

  /** A letter to download: its name and bytes. */
  public record LetterFile(String fileName, byte[] content) {}

  /**
   * @throws RequestNotFoundException when the caller may not see the request
   * @throws LetterNotFoundException when no letter was issued yet
   */
  @RolesAllowed({Role.EMPLOYEE, Role.REVIEWER})
  public LetterFile letter(long requestId) {
    access.visible(requestId);
    DecisionLetter letter =
        letters.latestFor(requestId).orElseThrow(() -> new LetterNotFoundException(requestId));
    return new LetterFile(renderer.fileName(requestId, letter.getLanguage()), letter.getContent());
  }
}
