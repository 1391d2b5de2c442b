package org.accommodationdesk.domain.reference;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A school or office where employees work (reference data), and the HR reviewers who serve it. A
 * reviewer named for some locations sees only the requests of those (need-to-know); a reviewer
 * named for none serves every location, as in a small organisation with one HR office.
 */
@Entity
@Table(name = "work_location")
public class WorkLocation implements ReferenceEntry {
  @Id
  @Column(length = 40)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @ElementCollection(fetch = FetchType.LAZY) // read by administrators only, not with every request
  @CollectionTable(name = "reviewer_location", joinColumns = @JoinColumn(name = "location_code"))
  @Column(name = "username", length = 64)
  private Set<String> reviewers = new TreeSet<>();

  @Version private long version;

  protected WorkLocation() {
    // for JPA
  }

  public WorkLocation(String code, String name) {
    this.code = Objects.requireNonNull(code, "code");
    rename(name);
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public void rename(String name) {
    this.name = Objects.requireNonNull(name, "name");
  }

  /** The user names of the reviewers who serve this location (sorted). */
  public Set<String> getReviewers() {
    return java.util.Collections.unmodifiableSet(new TreeSet<>(reviewers));
  }

  public void changeReviewers(Set<String> usernames) {
    this.reviewers = new TreeSet<>(usernames);
  }

  public long getVersion() {
    return version;
  }

  /** As data for the audit log. */
  public Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", code);
    m.put("name", name);
    m.put("reviewers", java.util.List.copyOf(new TreeSet<>(reviewers)));
    return m;
  }
}
