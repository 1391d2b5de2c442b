package org.accommodationdesk.domain.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * A remote-work arrangement: full remote, partial remote on a number of days a week, or something
 * else described in words. Immutable; built only through {@link #of}, which checks it.
 */
@Embeddable
public class Arrangement {
  public static final int MAX_DESCRIPTION = TextLimits.DESCRIPTION;

  @Enumerated(EnumType.STRING)
  @Column(name = "arrangement_type")
  private ArrangementType type;

  @Column(name = "remote_days_per_week")
  private Integer remoteDaysPerWeek;

  @Column(name = "arrangement_description")
  private String description;

  protected Arrangement() {
    // for JPA
  }

  private Arrangement(ArrangementType type, Integer remoteDaysPerWeek, String description) {
    this.type = type;
    this.remoteDaysPerWeek = remoteDaysPerWeek;
    this.description = description;
  }

  public static Arrangement partialRemote(int daysPerWeek) {
    return of(ArrangementType.PARTIAL_REMOTE, daysPerWeek, null, "arrangement");
  }

  /**
   * Builds an arrangement, naming fields with {@code prefix} ("arrangement" or
   * "grantedArrangement") when something is wrong.
   *
   * @throws InvalidInputException naming each problem
   */
  public static Arrangement of(
      ArrangementType type, Integer remoteDaysPerWeek, String description, String prefix) {
    FieldErrors errors = new FieldErrors();
    check(type, remoteDaysPerWeek, description, prefix, errors);
    errors.throwIfAny();
    return new Arrangement(
        type,
        type == ArrangementType.PARTIAL_REMOTE ? remoteDaysPerWeek : null,
        type == ArrangementType.OTHER ? description.strip() : blankToNull(description));
  }

  /**
   * The arrangement a reviewer grants, with the request's field names (as the API names them), but
   * a missing description is told as what was granted, not what the employee needs (code {@value
   * #GRANTED_DESCRIPTION}).
   *
   * @throws InvalidInputException naming each problem
   */
  public static Arrangement granted(
      ArrangementType type, Integer remoteDaysPerWeek, String description) {
    FieldErrors errors = new FieldErrors();
    check(type, remoteDaysPerWeek, description, "arrangement", GRANTED_DESCRIPTION, errors);
    errors.throwIfAny();
    return of(type, remoteDaysPerWeek, description, "arrangement");
  }

  /** The code of a granted arrangement's missing description. */
  public static final String GRANTED_DESCRIPTION = "grantedArrangementDescription";

  /** Adds to {@code errors} what is wrong with these values, without throwing. */
  public static void check(
      ArrangementType type,
      Integer remoteDaysPerWeek,
      String description,
      String prefix,
      FieldErrors errors) {
    check(type, remoteDaysPerWeek, description, prefix, null, errors);
  }

  private static void check(
      ArrangementType type,
      Integer remoteDaysPerWeek,
      String description,
      String prefix,
      String missingDescriptionCode,
      FieldErrors errors) {
    if (type == null) {
      errors.add(prefix, "is required (FULL_REMOTE, PARTIAL_REMOTE or OTHER)");
      return;
    }
    if (type == ArrangementType.PARTIAL_REMOTE
        && (remoteDaysPerWeek == null
            || remoteDaysPerWeek < type.fewestDays()
            || remoteDaysPerWeek > type.mostDays())) {
      errors.add(
          prefix.equals("arrangement") ? "remoteDaysPerWeek" : prefix + "RemoteDaysPerWeek",
          "a partial remote arrangement needs between "
              + type.fewestDays()
              + " and "
              + type.mostDays()
              + " remote days per week");
    }
    String descriptionField =
        prefix.equals("arrangement") ? "arrangementDescription" : prefix + "Description";
    if (type == ArrangementType.OTHER && (description == null || description.isBlank())) {
      errors.add(
          descriptionField, missingDescriptionCode, "describe the arrangement when it is OTHER");
    }
    errors.text(descriptionField, description, MAX_DESCRIPTION);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /**
   * The same arrangement without its free-text description (a purge; a view that may not read it).
   */
  public Arrangement withoutDescription() {
    return new Arrangement(type, remoteDaysPerWeek, null);
  }

  public ArrangementType getType() {
    return type;
  }

  public Integer getRemoteDaysPerWeek() {
    return remoteDaysPerWeek;
  }

  public String getDescription() {
    return description;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Arrangement a
        && type == a.type
        && Objects.equals(remoteDaysPerWeek, a.remoteDaysPerWeek)
        && Objects.equals(description, a.description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, remoteDaysPerWeek, description);
  }

  @Override
  public String toString() {
    return switch (type) {
      case FULL_REMOTE -> "full remote";
      case PARTIAL_REMOTE -> "partial remote, " + remoteDaysPerWeek + " days a week";
      case OTHER -> "other: " + description;
    };
  }
}
