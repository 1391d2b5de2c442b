package org.accommodationdesk.domain.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/** A day the organisation does not work, with its name in English and Spanish. */
@Entity
@Table(name = "holiday")
public class Holiday extends NamedReference {
  @Id
  @Column(name = "holiday_date")
  private LocalDate day;

  protected Holiday() {
    // for JPA
  }

  public Holiday(LocalDate day, String name, String nameEs) {
    super(name, nameEs);
    this.day = Objects.requireNonNull(day, "day");
  }

  public LocalDate getDay() {
    return day;
  }

  /** As data for the audit log. */
  public Map<String, Object> snapshot() {
    return snapshot("day", day.toString());
  }
}
