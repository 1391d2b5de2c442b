package org.accommodationdesk.domain.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** When a request's medical content was purged under the retention schedule, and by which rule. */
@Embeddable
public class Purge {
  @Column(name = "purged_at")
  private Instant purgedAt;

  @Column(name = "purge_rule", length = 32)
  private String purgeRule;

  protected Purge() {
    // for JPA; an empty one: not purged
  }

  Purge(String rule, Instant at) {
    this.purgeRule = Objects.requireNonNull(rule, "rule");
    this.purgedAt = Objects.requireNonNull(at, "at");
  }

  static Purge none() {
    return new Purge();
  }

  /** When the medical content was purged, if it was. */
  public Optional<Instant> getPurgedAt() {
    return Optional.ofNullable(purgedAt);
  }

  /** The retention rule it was purged under, if it was. */
  public Optional<String> getPurgeRule() {
    return Optional.ofNullable(purgeRule);
  }
}
