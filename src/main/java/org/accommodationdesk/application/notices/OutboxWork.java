package org.accommodationdesk.application.notices;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.accommodationdesk.domain.account.UserAccount;
import org.accommodationdesk.domain.account.UserAccountRepository;
import org.accommodationdesk.domain.notice.Notice;
import org.accommodationdesk.domain.notice.NoticeKind;
import org.accommodationdesk.domain.notice.NoticeRepository;

/**
 * The mail outbox's transactions, each on its own: find what is due, claim one mail (exactly one
 * node gets it), and record how sending went. Sending itself happens outside any transaction. Run
 * by the application itself, never by a caller.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxWork {
  /** A mail claimed for longer than this was lost with its node: it is sent again. */
  static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(10);

  @Inject private NoticeRepository notices;
  @Inject private UserAccountRepository accounts;
  @Inject private Clock clock;

  /** A mail to send: to whom, in which language, about what. No medical details exist here. */
  public record OutgoingMail(
      long noticeId,
      String email,
      String displayName,
      String language,
      NoticeKind kind,
      Long requestId,
      Integer count,
      LocalDate date) {
    /** What the words' {0} stands for: the request's number, or a digest's count. */
    public long subject() {
      return requestId != null ? requestId : count == null ? 0 : count;
    }
  }

  /** Up to {@code max} mails due now, oldest first; mails lost with a node are due again. */
  public List<Long> due(int max) {
    Instant now = clock.instant();
    notices.releaseClaimsBefore(now.minus(CLAIM_TIMEOUT));
    return notices.mailDue(now, max);
  }

  /** Claims a due mail; empty when another node took it, or when its recipient has no address. */
  public Optional<OutgoingMail> claim(long id) {
    if (!notices.claim(id, clock.instant())) {
      return Optional.empty();
    }
    Notice n = notices.find(id).orElseThrow();
    Optional<UserAccount> to =
        accounts
            .find(n.getRecipient())
            .filter(UserAccount::isEnabled)
            .filter(a -> a.getEmail() != null && !a.getEmail().isBlank());
    if (to.isEmpty()) {
      n.mailAbandoned("the recipient has no address or was deactivated");
      return Optional.empty();
    }
    UserAccount a = to.get();
    return Optional.of(
        new OutgoingMail(
            id,
            a.getEmail(),
            a.getDisplayName(),
            a.getLanguage(),
            n.getKind(),
            n.getRequestId(),
            n.getItemCount().orElse(null),
            n.getDueDate().orElse(null)));
  }

  public void sent(long id) {
    notices.find(id).ifPresent(n -> n.mailSent(clock.instant()));
  }

  public void failed(long id, String error, Duration firstWait) {
    notices.find(id).ifPresent(n -> n.mailFailed(error, firstWait, clock.instant()));
  }
}
