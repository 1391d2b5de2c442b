package org.accommodationdesk.domain.reference;

import jakarta.persistence.Column;
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

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "name_es", length = 200)
  private String nameEs;

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
    return name;
  }

  /** The Spanish name, or null when there is none. */
  public String getNameEs() {
    return nameEs;
  }

  /** The name in a language ("en" or "es"); English when there is none in that language. */
  public String name(String language) {
    return "es".equals(language) && nameEs != null ? nameEs : name;
  }

  public void rename(String name, String nameEs) {
    this.name = Objects.requireNonNull(name, "name");
    this.nameEs = nameEs;
  }

  public long getVersion() {
    return version;
  }

  /** As data for the audit log. */
  public Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", code);
    m.put("name", name);
    m.put("nameEs", nameEs);
    return m;
  }
}
