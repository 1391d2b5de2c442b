package org.accommodationdesk.domain.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A job classification such as classroom teacher or paraprofessional (reference data), named in
 * English and Spanish; without a Spanish name, Spanish readers see the English one.
 */
@Entity
@Table(name = "job_class")
public class JobClass {
  @Id
  @Column(length = 40)
  private String code;

  @Embedded private Names names;

  @Version private long version;

  protected JobClass() {
    // for JPA
  }

  public JobClass(String code, String name) {
    this(code, name, null);
  }

  public JobClass(String code, String name, String nameEs) {
    this.code = Objects.requireNonNull(code, "code");
    rename(name, nameEs);
  }

  public String getCode() {
    return code;
  }

  /** The English name. */
  public String getName() {
    return names.english();
  }

  /** The Spanish name, or null when there is none. */
  public String getNameEs() {
    return names.spanish();
  }

  /** The name in a language ("en" or "es"); English when there is none in that language. */
  public String name(String language) {
    return names.in(language);
  }

  public void rename(String name, String nameEs) {
    this.names = new Names(name, nameEs);
  }

  public long getVersion() {
    return version;
  }

  /** As data for the audit log. */
  public Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", code);
    m.put("name", names.english());
    m.put("nameEs", names.spanish());
    return m;
  }
}
