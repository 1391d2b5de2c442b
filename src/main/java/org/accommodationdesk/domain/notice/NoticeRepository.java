package org.accommodationdesk.domain.notice;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where notices are kept: each person's list, and the mail outbox. */
public interface NoticeRepository {
  void add(Notice notice);

  /** Whether this person was already told this about this request and date (reminders once). */
  boolean exists(String recipient, NoticeKind kind, long requestId, java.time.LocalDate date);

  Optional<Notice> find(long id);

  /** A person's notices, newest first. */
  List<Notice> of(String recipient, int first, int max);

  long count(String recipient);

  long countUnread(String recipient);

  /** Marks all of a person's notices read; how many were unread. */
  int markAllRead(String recipient, Instant now);

  /** Up to {@code max} notices whose mail is due to be sent at {@code now}, oldest first. */
  List<Long> mailDue(Instant now, int max);

  /**
   * Takes a pending mail for sending: true for exactly one caller, across nodes, while it is
   * pending.
   */
  boolean claim(long id, Instant now);

  /** Mails claimed before {@code before} and never finished (a node died): pending again. */
  int releaseClaimsBefore(Instant before);
}
