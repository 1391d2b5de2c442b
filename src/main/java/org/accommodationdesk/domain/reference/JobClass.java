package org.accommodationdesk.domain.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Map;
import java.util.Objects;

/**
 * A job classification such as classroom teacher or paraprofessional (reference data), named in
 * English and Spanish; without a Spanish name, Spanish readers see the English one.
 */
@Entity
@Table(name = "job_class")
public class JobClass extends NamedReference implements ReferenceEntry {
  @Id
  @Column(length = 40)
  private String code;

  protected JobClass() {
    // for JPA
  }

  public JobClass(String code, String name) {
    this(code, name, null);
  }

  public JobClass(String code, String name, String nameEs) {
    super(name, nameEs);
    this.code = Objects.requireNonNull(code, "code");
  }

  public String getCode() {
    return code;
  }

  /** As data for the audit log. */
  public Map<String, Object> snapshot() {
    return snapshot("code", code);
  }
}
