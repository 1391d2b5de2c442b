package org.accommodationdesk.application.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.accommodationdesk.domain.request.DecisionLetter;
import org.accommodationdesk.domain.request.DecisionLetterRepository;
import org.accommodationdesk.domain.request.DecisionStage;
import org.accommodationdesk.domain.request.IssuedLetter;
import org.accommodationdesk.domain.request.LetterKind;

/**
 * Letters; this double lists the issued letters a test puts in, and keeps the letters added (for
 * the latest of a kind).
 */
public class InMemoryLetters implements DecisionLetterRepository {
  public final List<IssuedLetter> issued = new ArrayList<>();
  public final List<DecisionLetter> added = new ArrayList<>();

  @Override
  public void add(DecisionLetter letter) {
    added.add(letter);
  }

  @Override
  public Optional<DecisionLetter> latestOfKind(long requestId, LetterKind kind) {
    return added.stream()
        .filter(l -> l.getRequestId() == requestId && l.getKind() == kind)
        .reduce((a, b) -> b);
  }

  @Override
  public List<IssuedLetter> issuedFor(long requestId) {
    return List.copyOf(issued);
  }

  @Override
  public Optional<DecisionLetter> find(long requestId, long letterId) {
    return Optional.empty();
  }

  @Override
  public Optional<DecisionLetter> forStage(long requestId, DecisionStage stage) {
    return Optional.empty();
  }

  @Override
  public Optional<DecisionLetter> latestFor(long requestId) {
    return Optional.empty();
  }
}
