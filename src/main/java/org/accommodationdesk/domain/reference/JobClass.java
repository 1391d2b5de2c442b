package org.accommodationdesk.domain.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/** A job classification such as classroom teacher or paraprofessional (reference data). */
@Entity
@Table(name = "job_class")
public class JobClass {
  @Id
  @Column(length = 40)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  protected JobClass() {
    // for JPA
  }

  public JobClass(String code, String name) {
    this.code = Objects.requireNonNull(code, "code");
    this.name = Objects.requireNonNull(name, "name");
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }
}
