package org.accommodationdesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import org.accommodationdesk.application.RequestView.ArrangementView;
import org.accommodationdesk.domain.account.UserAccount;
import org.accommodationdesk.domain.account.UserAccountRepository;
import org.accommodationdesk.domain.reference.ReferenceDataRepository;
import org.accommodationdesk.domain.request.AccommodationRequest;
import org.accommodationdesk.domain.request.Action;
import org.accommodationdesk.domain.request.Decision;
import org.accommodationdesk.domain.request.DecisionLetter;
import org.accommodationdesk.domain.request.DecisionLetterRepository;
import org.accommodationdesk.domain.request.DecisionStage;

/**
 * Issues the letter of every decision (first and on appeal) in the decision's own transaction: in
 * the employee's language, kept with the case, "letter issued" in its history.
 */
@ApplicationScoped
public class LetterWriter {
  @Inject private LetterRenderer renderer;
  @Inject private DecisionLetterRepository letters;
  @Inject private UserAccountRepository accounts;
  @Inject private ReferenceDataRepository referenceData;
  @Inject private CaseDeadlines deadlines;
  @Inject private Clock clock;

  void stepTaken(@Observes CaseStep step) {
    if (step.action() != Action.APPROVE
        && step.action() != Action.APPROVE_WITH_CHANGES
        && step.action() != Action.DENY) {
      return;
    }
    AccommodationRequest r = step.request();
    Decision d = r.latestDecision().orElseThrow();
    String language = accounts.find(r.getRequester()).map(UserAccount::getLanguage).orElse("en");
    Letter letter = letterOf(r, d, language);
    letters.add(
        new DecisionLetter(
            r.getId(), d.getId(), language, clock.instant(), renderer.render(letter)));
    r.recordLetterIssued(clock.instant());
  }

  Letter letterOf(AccommodationRequest r, Decision d, String language) {
    var calendar = deadlines.calendar();
    String reason =
        d.getReasonCode() == null
            ? null
            : referenceData
                .findDenialReason(d.getReasonCode())
                .map(x -> x.name(language))
                .orElse(d.getReasonCode());
    ArrangementView granted =
        switch (d.getOutcome()) {
          case APPROVED -> ArrangementView.of(r.getArrangement());
          case APPROVED_WITH_CHANGES -> ArrangementView.of(d.getGranted());
          case DENIED -> null;
        };
    return new Letter(
        r.getId(),
        language,
        name(r.getRequester()),
        calendar.dateOf(d.getDecidedAt()),
        d.getStage() == DecisionStage.APPEAL,
        d.getOutcome().name(),
        r.getCategory().name(),
        ArrangementView.of(r.getArrangement()),
        r.getStartDate(),
        r.getEndDate(),
        granted,
        reason,
        d.getExplanation(),
        r.appealBy(deadlines.appealWindow()).map(calendar::dateOf).orElse(null),
        name(d.getDecidedBy()));
  }

  private String name(String username) {
    return accounts.find(username).map(UserAccount::getDisplayName).orElse(username);
  }
}
