package org.accommodationdesk.application.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.accommodationdesk.domain.request.DecisionLetter;
import org.accommodationdesk.domain.request.DecisionLetterRepository;
import org.accommodationdesk.domain.request.DecisionStage;
import org.accommodationdesk.domain.request.IssuedLetter;

/** Decision letters; this double keeps only the issued letters a test puts in. */
public class InMemoryLetters implements DecisionLetterRepository {
  public final List<IssuedLetter> issued = new ArrayList<>();

  @Override
  public void add(DecisionLetter letter) {
    throw new UnsupportedOperationException();
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
