package org.accommodationdesk.domain.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Map;
import java.util.Objects;

/**
 * A reason a denial must cite (reference data): a code that decisions store and never changes,
 * names in English and Spanish, and whether reviewers may still choose it. A retired reason stays
 * for the decisions that cite it.
 */
@Entity
@Table(name = "denial_reason")
public class DenialReason extends NamedReference implements ReferenceEntry {
  @Id
  @Column(length = 48)
  private String code;

  @Column(nullable = false)
  private boolean active = true;

  /** Where it appears in the reviewer's list. */
  @Column(nullable = false)
  private int position;

  protected DenialReason() {
    // for JPA
  }

  public DenialReason(String code, String name, String nameEs, int position) {
    super(name, nameEs);
    this.code = Objects.requireNonNull(code, "code");
    this.position = position;
  }

  public String getCode() {
    return code;
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

  /** As data for the audit log. */
  public Map<String, Object> snapshot() {
    Map<String, Object> m = snapshot("code", code);
    m.put("inUse", active);
    return m;
  }
}
