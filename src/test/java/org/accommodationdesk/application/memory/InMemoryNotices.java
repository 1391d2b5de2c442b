package org.accommodationdesk.application.memory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.accommodationdesk.domain.notice.MailState;
import org.accommodationdesk.domain.notice.Notice;
import org.accommodationdesk.domain.notice.NoticeKind;
import org.accommodationdesk.domain.notice.NoticeRepository;

/**
 * Notices in a list ({@link #all}, oldest first), ids given on {@code add}; the queries and the
 * outbox's claims follow JpaNoticeRepository's.
 */
public class InMemoryNotices implements NoticeRepository {
  public final List<Notice> all = new ArrayList<>();

  @Override
  public void add(Notice notice) {
    Fields.set(notice, "id", all.size() + 1L);
    all.add(notice);
  }

  /** The notices of one person, oldest first. */
  public List<Notice> to(String recipient) {
    return all.stream().filter(n -> n.getRecipient().equals(recipient)).toList();
  }

  @Override
  public boolean exists(String recipient, NoticeKind kind, long requestId, LocalDate date) {
    // as in SQL, a date compared with NULL matches nothing
    return all.stream()
        .anyMatch(
            n ->
                n.getRecipient().equals(recipient)
                    && n.getKind() == kind
                    && Objects.equals(n.getRequestId(), requestId)
                    && date != null
                    && date.equals(n.getDueDate().orElse(null)));
  }

  @Override
  public Optional<Notice> find(long id) {
    return all.stream().filter(n -> n.getId() == id).findFirst();
  }

  @Override
  public List<Notice> of(String recipient, int first, int max) {
    return to(recipient).stream()
        .sorted(Comparator.comparing(Notice::getCreatedAt).thenComparing(Notice::getId).reversed())
        .skip(first)
        .limit(max)
        .toList();
  }

  @Override
  public long count(String recipient) {
    return to(recipient).size();
  }

  @Override
  public long countUnread(String recipient) {
    return to(recipient).stream().filter(n -> !n.isRead()).count();
  }

  @Override
  public int markAllRead(String recipient, Instant now) {
    List<Notice> unread = to(recipient).stream().filter(n -> !n.isRead()).toList();
    unread.forEach(n -> n.markRead(now));
    return unread.size();
  }

  @Override
  public List<Long> mailDue(Instant now, int max) {
    return all.stream()
        .filter(n -> n.getMailState() == MailState.PENDING)
        .filter(n -> !n.getNextAttemptAt().orElseThrow().isAfter(now))
        .sorted(
            Comparator.comparing((Notice n) -> n.getNextAttemptAt().orElseThrow())
                .thenComparing(Notice::getId))
        .limit(max)
        .map(Notice::getId)
        .toList();
  }

  @Override
  public boolean claim(long id, Instant now) {
    Optional<Notice> pending = find(id).filter(n -> n.getMailState() == MailState.PENDING);
    pending.ifPresent(
        n -> {
          Fields.set(n, "mailState", MailState.SENDING);
          Fields.set(n, "claimedAt", now);
        });
    return pending.isPresent();
  }

  @Override
  public int releaseClaimsBefore(Instant before) {
    int released = 0;
    for (Notice n : all) {
      Instant claimed = (Instant) Fields.get(n, "claimedAt");
      if (n.getMailState() == MailState.SENDING && claimed.isBefore(before)) {
        Fields.set(n, "mailState", MailState.PENDING);
        Fields.set(n, "claimedAt", null);
        released++;
      }
    }
    return released;
  }
}
