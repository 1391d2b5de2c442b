package org.accommodationdesk.application.notices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.accommodationdesk.application.deadlines.CaseDeadlines;
import org.accommodationdesk.application.requests.CaseStep;
import org.accommodationdesk.application.requests.RequestView.ArrangementView;
import org.accommodationdesk.domain.account.UserAccount;
import org.accommodationdesk.domain.account.UserAccountRepository;
import org.accommodationdesk.domain.reference.ReasonList;
import org.accommodationdesk.domain.reference.ReferenceDataRepository;
import org.accommodationdesk.domain.request.AccommodationRequest;
import org.accommodationdesk.domain.request.CaseClock;
import org.accommodationdesk.domain.request.Decision;
import org.accommodationdesk.domain.request.DecisionLetter;
import org.accommodationdesk.domain.request.DecisionLetterRepository;
import org.accommodationdesk.domain.request.DecisionStage;
import org.accommodationdesk.domain.request.HistoryEntry;
import org.accommodationdesk.domain.request.LetterKind;

/**
 * Issues the letter of every decision (first and on appeal) in the decision's own transaction: in
 * the employee's language, kept with the case, "letter issued" in its history. Also the written
 * notice of a delay past the hard limit, and the letter of an interim arrangement, each in the
 * transaction of the step that calls for it.
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
    AccommodationRequest r = step.request();
    switch (step.action()) {
      case APPROVE, APPROVE_WITH_CHANGES, DENY -> {
        Decision d = r.latestDecision().orElseThrow();
        String language = languageOf(r);
        Letter letter = letterOf(r, d, language);
        letters.add(
            new DecisionLetter(
                r.getId(), d.getId(), language, clock.instant(), renderer.render(letter)));
        r.caseRecord().recordLetterIssued(clock.instant());
      }
      case DELAY_NOTICE -> {
        String language = languageOf(r);
        letters.add(
            new DecisionLetter(
                r.getId(),
                LetterKind.DELAY,
                language,
                clock.instant(),
                renderer.render(delayLetterOf(r, language))));
      }
      case GRANT_INTERIM -> {
        String language = languageOf(r);
        letters.add(
            new DecisionLetter(
                r.getId(),
                LetterKind.INTERIM,
                language,
                clock.instant(),
                renderer.render(interimLetterOf(r, language))));
      }
      default -> {
        // no letter
      }
    }
  }

  private String languageOf(AccommodationRequest r) {
    return accounts.find(r.getRequester()).map(UserAccount::getLanguage).orElse("en");
  }

  DelayLetter delayLetterOf(AccommodationRequest r, String language) {
    var calendar = deadlines.calendar();
    CaseClock c = r.clock();
    boolean onAppeal = r.outcomes().getAppealedAt().isPresent();
    return new DelayLetter(
        r.getId(),
        language,
        name(r.getRequester()),
        calendar.dateOf(clock.instant()),
        onAppeal,
        calendar.dateOf(onAppeal ? r.outcomes().getAppealedAt().get() : r.getSubmittedAt()),
        deadlines.current().policy().hardLimitDays(),
        c.hardLimit(),
        r.urgency()
            .getDelayReason()
            .map(
                code ->
                    referenceData
                        .findReason(ReasonList.DELAY, code)
                        .map(x -> x.name(language))
                        .orElse(code))
            .orElse(null),
        r.urgency().getDelayExpectedBy().orElse(null));
  }

  InterimLetter interimLetterOf(AccommodationRequest r, String language) {
    var i = r.caseRecord().getInterim();
    List<HistoryEntry> history = r.getHistory();
    String grantedBy = history.get(history.size() - 1).getActor();
    return new InterimLetter(
        r.getId(),
        language,
        name(r.getRequester()),
        deadlines.calendar().dateOf(clock.instant()),
        ArrangementView.of(i.getArrangement()),
        i.getFrom(),
        i.getUntil(),
        name(grantedBy));
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
          case APPROVED -> ArrangementView.of(r.asked().getArrangement());
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
        r.asked().getCategory().name(),
        ArrangementView.of(r.asked().getArrangement()),
        r.asked().getStartDate(),
        r.asked().getEndDate(),
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
