package org.accommodationdesk.domain.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Optional;

/**
 * A request someone filed for an employee (proxy intake; the EEOC lets a family member, a health
 * professional or another representative ask): who filed it, in which capacity, the employee's
 * consent as the union rep recorded it, and when the employee confirmed it. Until the employee
 * confirms, nobody in HR reads its documents or acts on it, and its decision clock waits.
 */
@Embeddable
public class ProxyFiling {
  /** In which capacity someone filed for an employee. */
  public enum FiledAs {
    /** An HR reviewer entering a request made on paper or by telephone. */
    HR,
    /** A union rep, with the employee's consent. */
    UNION
  }

  /** Who filed it; null when the employee filed it themself. */
  @Column(name = "filed_by", length = 64, updatable = false)
  private String filedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "filed_as", length = 16, updatable = false)
  private FiledAs filedAs;

  /**
   * How and when the employee consented (a union rep's filing; free text, purged with the rest).
   */
  @Column(name = "proxy_consent", length = TextLimits.TEXT)
  private String consent;

  /** When the employee confirmed the request; null until then (and for their own requests). */
  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  protected ProxyFiling() {
    // for JPA, and the employee's own filing
  }

  static ProxyFiling none() {
    return new ProxyFiling();
  }

  /** What is wrong with a filing in this capacity: a union rep's needs the employee's consent. */
  public static FieldErrors problems(FiledAs filedAs, String consent) {
    FieldErrors errors = new FieldErrors();
    if (filedAs == FiledAs.UNION) {
      errors.require(
          consent != null && !consent.isBlank(),
          "consent",
          "consent.missing",
          "record how and when the employee asked the union to file for them");
    }
    return errors.text("consent", consent, TextLimits.TEXT);
  }

  /**
   * A filing by {@code filedBy} in a capacity.
   *
   * @throws InvalidInputException naming what {@link #problems} finds
   */
  static ProxyFiling by(String filedBy, FiledAs filedAs, String consent) {
    problems(filedAs, consent).throwIfAny();
    ProxyFiling p = new ProxyFiling();
    p.filedBy = java.util.Objects.requireNonNull(filedBy, "filedBy");
    p.filedAs = java.util.Objects.requireNonNull(filedAs, "filedAs");
    p.consent = consent == null || consent.isBlank() ? null : consent.strip();
    return p;
  }

  /** Whether someone other than the employee filed it. */
  public boolean isProxy() {
    return filedBy != null;
  }

  /** Whether it waits for the employee's confirmation. */
  public boolean awaitsConfirmation() {
    return isProxy() && confirmedAt == null;
  }

  void confirm(Instant now) {
    confirmedAt = now;
  }

  /** Removes the free text (a purge). */
  void removeText() {
    consent = null;
  }

  public Optional<String> getFiledBy() {
    return Optional.ofNullable(filedBy);
  }

  public Optional<FiledAs> getFiledAs() {
    return Optional.ofNullable(filedAs);
  }

  public Optional<String> getConsent() {
    return Optional.ofNullable(consent);
  }

  public Optional<Instant> getConfirmedAt() {
    return Optional.ofNullable(confirmedAt);
  }
}
