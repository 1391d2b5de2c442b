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
 * Letters: those added ({@link #added}, ids given on {@code add}), found by request and id, as the
 * latest decision letter or the latest of a kind; the list of issued letters is what a test puts in
 * {@link #issued} (this double does not know a letter's decision's stage and outcome).
 */
public class InMemoryLetters implements DecisionLetterRepository {
  public final List<IssuedLetter> issued = new ArrayList<>();
  public final List<DecisionLetter> added = new ArrayList<>();

  @Override
  public void add(DecisionLetter letter) {
    Fields.set(letter, "id", added.size() + 1L);
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
    return added.stream()
        .filter(l -> l.getRequestId() == requestId && l.getId() == letterId)
        .findFirst();
  }

  @Override
  public Optional<DecisionLetter> forStage(long requestId, DecisionStage stage) {
    return Optional.empty();
  }

  @Override
  public Optional<DecisionLetter> latestFor(long requestId) {
    return added.stream()
        .filter(l -> l.getRequestId() == requestId && l.getKind() == LetterKind.DECISION)
        .reduce((a, b) -> b);
  }

  @Override
  public int removeFor(long requestId) {
    int before = added.size();
    added.removeIf(l -> l.getRequestId() == requestId);
    return before - added.size();
  }
}
