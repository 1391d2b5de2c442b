package org.accommodationdesk.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One administrative change: who, when, what (an action on a subject), and the subject's state
 * before and after as data (JSON), rendered in the reader's language where it is shown. Written in
 * the same transaction as the change, never changed afterwards.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {
  /** What was done. */
  public enum Action {
    ACCOUNT_CREATED,
    ACCOUNT_CHANGED,
    ACCOUNT_BOOTSTRAPPED,
    /** Created at its first sign-in through the organisation's identity provider. */
    ACCOUNT_PROVISIONED,
    /** A work location or job class was added. */
    REFERENCE_CREATED,
    /** A work location (name, reviewers) or job class (names) was changed. */
    REFERENCE_CHANGED,
    /** A holiday was removed from the business calendar. */
    REFERENCE_DELETED,
    /** A setting such as the union's minimum cell size was changed. */
    SETTING_CHANGED,
    /** A request's whole case file was exported (who, when, why: the reason is the after state). */
    CASE_FILE_EXPORTED,
    /** A legal hold was placed (the subject names what it holds; the after state, why). */
    HOLD_PLACED,
    /** A legal hold was released. */
    HOLD_RELEASED,
    /** The retention schedule was changed. */
    RETENTION_CHANGED,
    /**
     * A request's medical content was purged under the retention schedule: the subject names the
     * request, the after state the rule and the day of its final disposition, never the content.
     */
    REQUEST_PURGED,
    /** A checkpoint of the sealed history was written by hand. */
    CHECKPOINT_WRITTEN
  }

  public static final int STATE_MAX = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
  @SequenceGenerator(name = "audit_seq", sequenceName = "audit_seq", allocationSize = 50)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(nullable = false, length = 64)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private Action action;

  @Column(nullable = false, length = 200)
  private String subject;

  @Column(name = "before_state", length = STATE_MAX)
  private String before;

  @Column(name = "after_state", length = STATE_MAX)
  private String after;

  /** The keyed seal over this entry's content, written with it (tamper evidence, ADR 0022). */
  @Column(name = "seal", length = 64, updatable = false)
  private String seal;

  protected AuditEntry() {
    // for JPA
  }

  public AuditEntry(
      Instant occurredAt,
      String actor,
      Action action,
      String subject,
      String before,
      String after) {
    // what the databases keep (microseconds), so that the seal over it holds when it is read back
    this.occurredAt =
        Objects.requireNonNull(occurredAt).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    this.actor = Objects.requireNonNull(actor);
    this.action = Objects.requireNonNull(action);
    this.subject = Objects.requireNonNull(subject);
    this.before = before;
    this.after = after;
  }

  /**
   * Seals this entry as it is first stored (called by the persistence layer, once).
   *
   * @throws IllegalStateException when it is sealed already
   */
  public void applySeal(String seal) {
    if (this.seal != null) {
      throw new IllegalStateException("audit entry already sealed");
    }
    this.seal = Objects.requireNonNull(seal);
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public Action getAction() {
    return action;
  }

  public String getSubject() {
    return subject;
  }

  public String getBefore() {
    return before;
  }

  public String getAfter() {
    return after;
  }
}
