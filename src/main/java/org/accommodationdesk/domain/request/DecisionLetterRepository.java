package org.accommodationdesk.domain.request;

import java.util.List;
import java.util.Optional;

/**
 * Where the letters of a case are kept (decisions', delays', interim arrangements'): each as
 * issued, never rewritten, none removed by a later one.
 */
public interface DecisionLetterRepository {
  void add(DecisionLetter letter);

  /** Every letter of the request, oldest first, without content. */
  List<IssuedLetter> issuedFor(long requestId);

  /** One letter of the request; empty when it has no letter of that id. */
  Optional<DecisionLetter> find(long requestId, long letterId);

  /** The letter of the request's decision at that stage (first, or on appeal), if issued. */
  Optional<DecisionLetter> forStage(long requestId, DecisionStage stage);

  /** The letter of the request's latest decision, if one was issued. */
  Optional<DecisionLetter> latestFor(long requestId);

  /** The latest letter of this kind of the request (a delay's, an interim's), if one was issued. */
  Optional<DecisionLetter> latestOfKind(long requestId, LetterKind kind);

  /**
   * Removes every letter of the request (a purge: letters carry the decision's free text).
   *
   * @return how many
   */
  int removeFor(long requestId);
}
