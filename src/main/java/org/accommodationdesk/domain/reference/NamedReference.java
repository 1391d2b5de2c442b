package org.accommodationdesk.domain.reference;

import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reference data people read in English or Spanish (job classes, denial reasons, holidays): its
 * names, the one fallback rule ({@link Names}) and the version that guards changes.
 */
@MappedSuperclass
public abstract class NamedReference {
  @Embedded private Names names;

  @Version private long version;

  protected NamedReference() {
    // for JPA
  }

  protected NamedReference(String name, String nameEs) {
    rename(name, nameEs);
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

  /** As data for the audit log: what identifies it, then its names. */
  protected Map<String, Object> snapshot(String key, Object identity) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(key, identity);
    m.put("name", names.english());
    m.put("nameEs", names.spanish());
    return m;
  }
}
