package org.accommodationdesk.domain.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Map;
import java.util.Objects;

/**
 * A reason in one of the {@link ReasonList}s (reference data): a code the case record stores and
 * that never changes (unique across the lists), names in English and Spanish, whether HR may still
 * choose it, and whether it is an acceptable reason (a delay of the decider's own making is not). A
 * retired reason stays for the records that cite it.
 */
@Entity
@Table(name = "listed_reason")
public class ListedReason extends NamedReference implements ReferenceEntry {
  @Id
  @Column(length = 48)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(name = "list_name", nullable = false, length = 32, updatable = false)
  private ReasonList list;

  @Column(nullable = false)
  private boolean active = true;

  @Column(nullable = false)
  private boolean acceptable = true;

  /** Where it appears in its list. */
  @Column(nullable = false)
  private int position;

  protected ListedReason() {
    // for JPA
  }

  public ListedReason(
      ReasonList list, String code, String name, String nameEs, boolean acceptable, int position) {
    super(name, nameEs);
    this.list = Objects.requireNonNull(list, "list");
    this.code = Objects.requireNonNull(code, "code");
    this.acceptable = acceptable;
    this.position = position;
  }

  public String getCode() {
    return code;
  }

  public ReasonList getList() {
    return list;
  }

  public boolean isActive() {
    return active;
  }

  /** Whether HR may choose it for new records. */
  public void changeActive(boolean active) {
    this.active = active;
  }

  /** Whether it excuses what it explains (a delay the decider alone caused does not). */
  public boolean isAcceptable() {
    return acceptable;
  }

  public void changeAcceptable(boolean acceptable) {
    this.acceptable = acceptable;
  }

  public int getPosition() {
    return position;
  }

  /** As data for the audit log. */
  public Map<String, Object> snapshot() {
    Map<String, Object> m = snapshot("code", code);
    m.put("list", list.pathName());
    m.put("inUse", active);
    m.put("acceptable", acceptable);
    return m;
  }
}
