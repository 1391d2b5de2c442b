package org.accommodationdesk.domain.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.accommodationdesk.domain.reference.JobClass;
import org.accommodationdesk.domain.reference.WorkLocation;

/**
 * A person who signs in: their profile (work location, job class) and their groups. The password is
 * kept only as a salted PBKDF2 hash.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {
  @Id
  @Column(length = 64)
  private String username;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Column(name = "password_hash", nullable = false, length = 512)
  private String passwordHash;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "work_location_code")
  private WorkLocation workLocation;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "job_class_code")
  private JobClass jobClass;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "username"))
  @Column(name = "role_name", length = 32)
  private Set<String> roles = new TreeSet<>();

  @Column(nullable = false)
  private boolean enabled = true;

  @Column(length = 16, unique = true)
  private String pseudonym;

  @Version private long version;

  protected UserAccount() {
    // for JPA
  }

  public UserAccount(
      String username,
      String displayName,
      String passwordHash,
      WorkLocation workLocation,
      JobClass jobClass,
      Set<String> roles) {
    this.username = Objects.requireNonNull(username, "username");
    this.displayName = Objects.requireNonNull(displayName, "displayName");
    this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    this.workLocation = workLocation;
    this.jobClass = jobClass;
    this.roles = new TreeSet<>(roles);
    if (this.roles.contains(Role.REVIEWER)) {
      this.pseudonym = Pseudonym.random();
    }
  }

  /** The reviewer's pseudonym for the union's statistics; empty for someone never a reviewer. */
  public java.util.Optional<String> getPseudonym() {
    return java.util.Optional.ofNullable(pseudonym);
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public WorkLocation getWorkLocation() {
    return workLocation;
  }

  public JobClass getJobClass() {
    return jobClass;
  }

  public Set<String> getRoles() {
    return Set.copyOf(roles);
  }

  /** The salted hash the password is checked against (never the password itself). */
  public String passwordHash() {
    return passwordHash;
  }

  /** The account can no longer sign in. */
  public void disable() {
    enabled = false;
  }

  public boolean isEnabled() {
    return enabled;
  }
}
