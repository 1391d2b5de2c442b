package org.accommodationdesk.domain.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Something a person is told about a request, in the app and (the outbox) by mail: written in the
 * same transaction as the step it tells of, sent after it commits, retried until the mail server
 * takes it. Holds data only: the kind, the request, a date.
 */
@Entity
@Table(name = "notice")
public class Notice {
  /** Attempts before a mail is given up (with the longest wait of an hour: about three days). */
  public static final int MAX_ATTEMPTS = 72;

  /** The longest wait between two attempts. */
  public static final Duration MAX_WAIT = Duration.ofHours(1);

  /** The longest error text kept. */
  public static final int ERROR_MAX = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_seq")
  @SequenceGenerator(name = "notice_seq", sequenceName = "notice_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  @Column(nullable = false, length = 64)
  private String recipient;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private NoticeKind kind;

  /** The request it is about; null for a digest. */
  @Column(name = "request_id")
  private Long requestId;

  /** How many requests a digest counts; null otherwise. */
  @Column(name = "item_count")
  private Integer itemCount;

  /** The date the notice names (answer by, decision expected by, appeal by); may be null. */
  @Column(name = "due_date")
  private LocalDate dueDate;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "mail_state", nullable = false, length = 16)
  private MailState mailState;

  @Column(name = "mail_attempts", nullable = false)
  private int mailAttempts;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "claimed_at")
  private Instant claimedAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "last_error", length = ERROR_MAX)
  private String lastError;

  protected Notice() {
    // for JPA
  }

  /**
   * A notice for {@code recipient}; {@code mail} whether it is to be mailed (mail is on and they
   * have an address).
   */
  public Notice(
      String recipient,
      NoticeKind kind,
      Long requestId,
      LocalDate dueDate,
      Instant now,
      boolean mail) {
    this.recipient = Objects.requireNonNull(recipient, "recipient");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.requestId = requestId;
    this.dueDate = dueDate;
    this.createdAt = Objects.requireNonNull(now, "now");
    this.mailState = mail ? MailState.PENDING : MailState.NONE;
    this.nextAttemptAt = mail ? now : null;
  }

  /** The recipient read it. */
  public void markRead(Instant now) {
    if (readAt == null) {
      readAt = now;
    }
  }

  /** The mail server took the mail. */
  public void mailSent(Instant now) {
    mailState = MailState.SENT;
    sentAt = now;
    claimedAt = null;
    nextAttemptAt = null;
    mailAttempts++;
  }

  /**
   * Sending failed: try again after a wait that doubles from {@code firstWait} up to {@link
   * #MAX_WAIT}, or give up after {@link #MAX_ATTEMPTS}.
   */
  public void mailFailed(String error, Duration firstWait, Instant now) {
    mailAttempts++;
    claimedAt = null;
    lastError =
        error == null ? null : error.length() > ERROR_MAX ? error.substring(0, ERROR_MAX) : error;
    if (mailAttempts >= MAX_ATTEMPTS) {
      mailState = MailState.FAILED;
      nextAttemptAt = null;
      return;
    }
    mailState = MailState.PENDING;
    Duration wait = firstWait.multipliedBy(1L << Math.min(mailAttempts - 1, 20));
    nextAttemptAt = now.plus(wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait);
  }

  /** The mail cannot be sent at all (no address any more): given up at once. */
  public void mailAbandoned(String why) {
    mailState = MailState.FAILED;
    claimedAt = null;
    nextAttemptAt = null;
    lastError = why;
  }

  public Long getId() {
    return id;
  }

  public String getRecipient() {
    return recipient;
  }

  public NoticeKind getKind() {
    return kind;
  }

  /** The request it is about; null for a digest. */
  public Long getRequestId() {
    return requestId;
  }

  /** How many requests a digest counts. */
  public Optional<Integer> getItemCount() {
    return Optional.ofNullable(itemCount);
  }

  /** A digest of {@code count} requests for {@code recipient}. */
  public static Notice digest(
      String recipient, NoticeKind kind, int count, Instant now, boolean mail) {
    Notice n = new Notice(recipient, kind, null, null, now, mail);
    n.itemCount = count;
    return n;
  }

  public Optional<LocalDate> getDueDate() {
    return Optional.ofNullable(dueDate);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public boolean isRead() {
    return readAt != null;
  }

  public MailState getMailState() {
    return mailState;
  }

  public int getMailAttempts() {
    return mailAttempts;
  }

  public Optional<Instant> getNextAttemptAt() {
    return Optional.ofNullable(nextAttemptAt);
  }

  public Optional<String> getLastError() {
    return Optional.ofNullable(lastError);
  }
}
