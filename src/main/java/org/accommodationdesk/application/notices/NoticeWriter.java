package org.accommodationdesk.application.notices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.accommodationdesk.application.deadlines.CaseDeadlines;
import org.accommodationdesk.application.requests.CaseStep;
import org.accommodationdesk.application.review.ReviewerPool;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.account.UserAccount;
import org.accommodationdesk.domain.account.UserAccountRepository;
import org.accommodationdesk.domain.notice.Notice;
import org.accommodationdesk.domain.notice.NoticeKind;
import org.accommodationdesk.domain.notice.NoticeRepository;
import org.accommodationdesk.domain.reference.ReferenceDataRepository;
import org.accommodationdesk.domain.request.AccommodationRequest;
import org.accommodationdesk.domain.request.DecisionStage;
import org.accommodationdesk.domain.request.ProxyFiling;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who is told what: on each step of the workflow ({@link CaseStep}), a notice for each person who
 * must act or whose outcome changed, written in the step's own transaction (the outbox), so that a
 * step and its notices commit or roll back together.
 */
@ApplicationScoped
public class NoticeWriter {
  @Inject private NoticeRepository notices;
  @Inject private UserAccountRepository accounts;
  @Inject private ReferenceDataRepository referenceData;
  @Inject private Clock clock;
  @Inject private CaseDeadlines deadlines;
  @Inject private Event<NoticesWritten> written;

  @Inject
  @ConfigProperty(name = "accommodationdesk.mail.host")
  private Optional<String> mailHost;

  /** Writes the notices a step calls for, in the step's transaction. */
  void stepTaken(@Observes CaseStep step) {
    AccommodationRequest r = step.request();
    Set<String> hr = new TreeSet<>();
    NoticeKind kind = null;
    LocalDate date = null;
    switch (step.action()) {
      case SUBMIT -> {
        // filed for them by someone else: they are asked to confirm it first
        kind = r.awaitsConfirmation() ? NoticeKind.FILED_FOR_YOU : NoticeKind.RECEIVED;
        date = r.awaitsConfirmation() ? null : r.clock().decisionDue();
      }
      case CONFIRM -> {
        // whoever filed it for the employee learns that HR may now read it and act on it, while
        // they may still open it: the union while the employee shares it, HR while they serve it
        r.getProxy().getFiledBy().ifPresent(filer -> confirmedTo(filer, r));
        kind = NoticeKind.RECEIVED;
        date = r.clock().decisionDue();
      }
      case REQUEST_INFO -> {
        kind = NoticeKind.QUESTION;
        date = r.clock().answerBy();
      }
      case APPROVE, APPROVE_WITH_CHANGES, DENY -> {
        boolean onAppeal =
            r.latestDecision().map(d -> d.getStage() == DecisionStage.APPEAL).orElse(false);
        kind = onAppeal ? NoticeKind.APPEAL_DECIDED : NoticeKind.DECIDED;
        date = r.appealBy(deadlines.appealWindow()).map(deadlines.calendar()::dateOf).orElse(null);
      }
      case PROVIDE_INFO -> {
        if (r.getAssignedReviewer() != null) {
          hr.add(r.getAssignedReviewer());
        }
        write(hr, NoticeKind.ANSWERED, r, r.clock().decisionDue());
        return;
      }
      case APPEAL -> {
        new ReviewerPool(accounts.activeReviewers(), referenceData.reviewerLocations())
            .mayTake(r)
            .forEach(hr::add);
        write(hr, NoticeKind.APPEAL_FILED, r, r.clock().decisionDue());
        return;
      }
      case ASSIGN -> {
        write(Set.of(r.getAssignedReviewer()), NoticeKind.ASSIGNED, r, r.clock().hrDue());
        return;
      }
      case GRANT_INTERIM -> {
        kind = NoticeKind.INTERIM_GRANTED;
        date = r.caseRecord().getInterim().getUntil();
      }
      case DELAY_NOTICE -> {
        // HR leads see the request that passed its hard limit; the employee is told why
        // the HR leads who may see it: serving its location, not its requester
        ReviewerPool pool =
            new ReviewerPool(accounts.activeReviewers(), referenceData.reviewerLocations());
        Set<String> leads = new TreeSet<>();
        for (String lead : accounts.activeWithRole(Role.HR_LEAD)) {
          if (!r.isRequestedBy(lead) && pool.serves(lead, r)) {
            leads.add(lead);
          }
        }
        write(leads, NoticeKind.PAST_HARD_LIMIT, r, r.clock().hardLimit());
        kind = NoticeKind.DELAYED;
        date = r.urgency().getDelayExpectedBy().orElse(null);
      }
      case ACCEPT -> {
        r.latestDecision().map(d -> d.getDecidedBy()).ifPresent(hr::add);
        write(hr, NoticeKind.ACCEPTED, r, null);
        return;
      }
      case WITHDRAW -> {
        // the reviewer who had it is told; the request no longer names them
        if (step.assignedBefore() != null) {
          hr.add(step.assignedBefore());
        }
        write(hr, NoticeKind.WITHDRAWN, r, null);
        return;
      }
      default -> {
        return;
      }
    }
    write(Set.of(r.getRequester()), kind, r, date);
  }

  /** Tells the filer that the employee confirmed their filing, when they may still open it. */
  private void confirmedTo(String filer, AccommodationRequest r) {
    if (r.getProxy().getFiledAs().orElse(null) == ProxyFiling.FiledAs.UNION) {
      if (r.isSharedWithUnion()) {
        write(Set.of(filer), NoticeKind.CONFIRMED_FOR_UNION, r, null);
      }
      return;
    }
    ReviewerPool pool =
        new ReviewerPool(accounts.activeReviewers(), referenceData.reviewerLocations());
    if (pool.serves(filer, r)) { // an active reviewer serving its location
      write(Set.of(filer), NoticeKind.CONFIRMED, r, null);
    }
  }

  private void write(Set<String> recipients, NoticeKind kind, AccommodationRequest r, LocalDate d) {
    boolean anyMail = false;
    for (String recipient : recipients) {
      boolean mail = mailsTo(recipient);
      notices.add(new Notice(recipient, kind, r.getId(), d, clock.instant(), mail));
      anyMail |= mail;
    }
    if (anyMail) {
      written.fire(new NoticesWritten());
    }
  }

  /**
   * A reminder, once: nothing when this person was already reminded of this about this request and
   * date (daily work that runs twice reminds once).
   *
   * @return whether it was written
   */
  public boolean remindOnce(String recipient, NoticeKind kind, long requestId, LocalDate date) {
    if (notices.exists(recipient, kind, requestId, date)) {
      return false;
    }
    boolean mail = mailsTo(recipient);
    notices.add(new Notice(recipient, kind, requestId, date, clock.instant(), mail));
    if (mail) {
      written.fire(new NoticesWritten());
    }
    return true;
  }

  /** A digest counting {@code count} requests, for each of these people. */
  public void digest(java.util.Collection<String> recipients, NoticeKind kind, int count) {
    boolean anyMail = false;
    for (String recipient : recipients) {
      boolean mail = mailsTo(recipient);
      notices.add(Notice.digest(recipient, kind, count, clock.instant(), mail));
      anyMail |= mail;
    }
    if (anyMail) {
      written.fire(new NoticesWritten());
    }
  }

  /** Whether mail is on and this person has an address to send it to. */
  private boolean mailsTo(String recipient) {
    return mailHost.filter(h -> !h.isBlank()).isPresent()
        && accounts
            .find(recipient)
            .filter(UserAccount::isEnabled)
            .map(UserAccount::getEmail)
            .filter(e -> e != null && !e.isBlank())
            .isPresent();
  }
}
