package org.accommodationdesk.domain.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A name in English and, optionally, in Spanish: the one rule for reference data people read in
 * either language (a reader of Spanish sees the English name while there is no Spanish one).
 */
@Embeddable
public class Names {
  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Column(name = "name_es", length = 200)
  private String nameEs;

  protected Names() {
    // for JPA
  }

  public Names(String name, String nameEs) {
    this.name = Objects.requireNonNull(name, "name");
    this.nameEs = nameEs;
  }

  /** The English name. */
  public String english() {
    return name;
  }

  /** The Spanish name, or null when there is none. */
  public String spanish() {
    return nameEs;
  }

  /** The name in a language ("en" or "es"); English when there is none in that language. */
  public String in(String language) {
    return "es".equals(language) && nameEs != null ? nameEs : name;
  }
}
