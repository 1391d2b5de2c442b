package org.accommodationdesk.domain.records;

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
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.accommodationdesk.domain.request.FieldErrors;
import org.accommodationdesk.domain.request.StaleVersionException;

/**
 * A legal hold: while it is in force, nothing it covers is purged, whatever the retention schedule
 * says (a charge, a grievance or a lawsuit needs the records until its final disposition). Placed
 * with a reason and a reference (a charge or case number), released by an HR lead or an
 * administrator; never deleted.
 */
@Entity
@Table(name = "legal_hold")
public class LegalHold {
  public static final int MAX_REASON = 500;
  public static final int MAX_REFERENCE = 100;
  public static final int MAX_TARGET = 64;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hold_seq")
  @SequenceGenerator(name = "hold_seq", sequenceName = "hold_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16, updatable = false)
  private HoldScope scope;

  @Column(nullable = false, length = MAX_TARGET, updatable = false)
  private String target;

  @Column(nullable = false, length = MAX_REASON, updatable = false)
  private String reason;

  @Column(nullable = false, length = MAX_REFERENCE, updatable = false)
  private String reference;

  @Column(name = "placed_by", nullable = false, length = 64, updatable = false)
  private String placedBy;

  @Column(name = "placed_at", nullable = false, updatable = false)
  private Instant placedAt;

  @Column(name = "released_by", length = 64)
  private String releasedBy;

  @Column(name = "released_at")
  private Instant releasedAt;

  protected LegalHold() {
    // for JPA
  }

  /**
   * Places a hold, or refuses naming every field that is wrong.
   *
   * @throws org.accommodationdesk.domain.request.InvalidInputException when the scope, target,
   *     reason or reference is missing or too long
   */
  public static LegalHold place(
      HoldScope scope, String target, String reason, String reference, String by, Instant now) {
    FieldErrors errors = new FieldErrors();
    if (scope == null) {
      errors.add(
          "scope",
          "hold.scope",
          "choose what the hold keeps: a request, an employee or a work location");
    }
    String t = target == null ? "" : target.strip();
    if (t.isEmpty()) {
      errors.add("target", "hold.target", "name the request, employee or work location to hold");
    } else if (t.length() > MAX_TARGET) {
      errors.add("target", "hold.target.long", "at most " + MAX_TARGET + " characters");
    } else if (scope == HoldScope.REQUEST) {
      // one way to write a request's number, so that "07" holds request 7
      try {
        t = String.valueOf(Long.parseLong(t.startsWith("#") ? t.substring(1) : t));
      } catch (NumberFormatException e) {
        errors.add("target", "hold.target.number", "give the request's number, as 123");
      }
    }
    String r = reason == null ? "" : reason.strip();
    if (r.isEmpty()) {
      errors.add("reason", "hold.reason", "say why the records must be kept");
    } else if (r.length() > MAX_REASON) {
      errors.add("reason", "hold.reason.long", "at most " + MAX_REASON + " characters");
    }
    String ref = reference == null ? "" : reference.strip();
    if (ref.isEmpty()) {
      errors.add("reference", "hold.reference", "give the charge, grievance or case number");
    } else if (ref.length() > MAX_REFERENCE) {
      errors.add("reference", "hold.reference.long", "at most " + MAX_REFERENCE + " characters");
    }
    errors.throwIfAny();
    LegalHold h = new LegalHold();
    h.scope = scope;
    h.target = t;
    h.reason = r;
    h.reference = ref;
    h.placedBy = Objects.requireNonNull(by);
    h.placedAt = Objects.requireNonNull(now);
    return h;
  }

  /**
   * Releases the hold.
   *
   * @throws StaleVersionException when it changed since {@code expectedVersion} was read (released
   *     by someone else meanwhile)
   * @throws IllegalStateException when it was released already
   */
  public void release(String by, Instant now, long expectedVersion) {
    if (expectedVersion != version) {
      throw new StaleVersionException(expectedVersion, version);
    }
    if (releasedAt != null) {
      throw new IllegalStateException("hold " + id + " was released already");
    }
    releasedBy = Objects.requireNonNull(by);
    releasedAt = Objects.requireNonNull(now);
  }

  /** Whether it keeps a request with this number, requester and work location now. */
  public boolean holds(long requestId, String requester, String locationCode) {
    if (!inForce()) {
      return false;
    }
    return switch (scope) {
      case REQUEST -> target.equals(String.valueOf(requestId));
      case EMPLOYEE -> target.equals(requester);
      case LOCATION -> target.equals(locationCode);
    };
  }

  public boolean inForce() {
    return releasedAt == null;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public HoldScope getScope() {
    return scope;
  }

  public String getTarget() {
    return target;
  }

  public String getReason() {
    return reason;
  }

  public String getReference() {
    return reference;
  }

  public String getPlacedBy() {
    return placedBy;
  }

  public Instant getPlacedAt() {
    return placedAt;
  }

  public Optional<String> getReleasedBy() {
    return Optional.ofNullable(releasedBy);
  }

  public Optional<Instant> getReleasedAt() {
    return Optional.ofNullable(releasedAt);
  }
}
