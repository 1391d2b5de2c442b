package org.accommodationdesk.domain.request;

import java.util.Optional;

/** Where decision letters are kept. */
public interface DecisionLetterRepository {
  void add(DecisionLetter letter);

  /** The letter of the request's latest decision, if one was issued. */
  Optional<DecisionLetter> latestFor(long requestId);
}
