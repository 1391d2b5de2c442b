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
 * A reason a denial must cite (reference data): a code that decisions store and never changes,
 * names in English and Spanish, and whether reviewers may still choose it. A retired reason stays
 * for the decisions that cite it.
 */
@Entity
@Table(name = "denial_reason")
public class DenialReason {
  @Id
  @Column(length = 48)
  private String code;

  @Embedded private Names names;

  @Column(nullable = false)
  private boolean active = true;

  /** Where it appears in the reviewer's list. */
  @Column(nullable = false)
  private int position;

  @Version private long version;

  protected DenialReason() {
    // for JPA
  }

  public DenialReason(String code, String name, String nameEs, int position) {
    this.code = Objects.requireNonNull(code, "code");
    rename(name, nameEs);
    this.position = position;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return names.english();
  }

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

  public boolean isActive() {
    return active;
  }

  /** Whether reviewers may choose it for new denials. */
  public void changeActive(boolean active) {
    this.active = active;
  }

  public int getPosition() {
    return position;
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
    m.put("inUse", active);
    return m;
  }
}
