package org.accommodationdesk.domain.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * A setting an administrator changed at run time; it overrides the configured default on every node
 * at once (read from the database, not from each node's configuration).
 */
@Entity
@Table(name = "app_setting")
public class Setting {
  /** The union's minimum cell size (ADR 0007). */
  public static final String MINIMUM_CELL_SIZE = "minimum-cell-size";

  /** Months a request's medical content is kept after its final disposition. */
  public static final String RETENTION_MEDICAL_MONTHS = "retention-medical-months";

  @Id
  @Column(length = 64)
  private String name;

  @Column(name = "setting_value", nullable = false, length = 200)
  private String value;

  @Version private long version;

  protected Setting() {
    // for JPA
  }

  public Setting(String name, String value) {
    this.name = Objects.requireNonNull(name, "name");
    change(value);
  }

  public String getName() {
    return name;
  }

  public String getValue() {
    return value;
  }

  public void change(String value) {
    this.value = Objects.requireNonNull(value, "value");
  }
}
