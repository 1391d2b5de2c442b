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
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.accommodationdesk.domain.reference.JobClass;
import org.accommodationdesk.domain.reference.WorkLocation;
import org.accommodationdesk.domain.request.FieldError;

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

  @Column(name = "password_hash", length = 512)
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

  @Column(length = EMAIL_MAX)
  private String email;

  @Column(nullable = false, length = 8)
  private String language = "en";

  @Column(length = 16, unique = true)
  private String pseudonym;

  @Version private long version;

  public static final int USERNAME_MAX = 64;
  public static final int DISPLAY_NAME_MAX = 200;
  public static final int EMAIL_MAX = 254;

  /** User names: lower-case letters, digits, dot, dash, underscore; 2 to 64 characters. */
  public static final java.util.regex.Pattern USERNAME =
      java.util.regex.Pattern.compile("[a-z0-9][a-z0-9._-]{1," + (USERNAME_MAX - 1) + "}");

  /** The languages the application speaks. */
  public static final List<String> LANGUAGES = List.of("en", "es");

  /** The roles there are, in the order they are shown. */
  public static final List<String> ROLES =
      List.of(Role.EMPLOYEE, Role.REVIEWER, Role.HR_LEAD, Role.UNION_REP, Role.ADMIN);

  /** Where someone works: their work location and job class (either may be missing). */
  public record Placement(WorkLocation workLocation, JobClass jobClass) {}

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
    this.passwordHash = passwordHash; // null: signs in only through the identity provider
    this.workLocation = workLocation;
    this.jobClass = jobClass;
    requireValidRoles(roles);
    this.roles = new TreeSet<>(roles);
    if (this.roles.contains(Role.REVIEWER)) {
      this.pseudonym = Pseudonym.random();
    }
  }

  /**
   * What is wrong with {@code roles} for one account, or empty: at least one role, each a role of
   * this application, and an HR lead is also an HR reviewer (a lead assigns and reads cases). The
   * one rule for an account's roles, however the account is made or changed: the forms, the API, a
   * roster, single sign-on.
   */
  public static java.util.Optional<FieldError> roleProblem(Set<String> roles) {
    if (roles == null || roles.isEmpty()) {
      return problem("roles.none", "needs at least one role");
    }
    if (!ROLES.containsAll(roles)) {
      Set<String> unknown = new TreeSet<>(roles);
      unknown.removeAll(ROLES);
      return problem(
          "roles.unknown",
          "must be among "
              + String.join(", ", ROLES)
              + ", not "
              + new java.util.ArrayList<>(unknown));
    }
    if (roles.contains(Role.HR_LEAD) && !roles.contains(Role.REVIEWER)) {
      return problem("roles.leadNotReviewer", "an HR lead must also be an HR reviewer");
    }
    return java.util.Optional.empty();
  }

  private static java.util.Optional<FieldError> problem(String code, String message) {
    return java.util.Optional.of(new FieldError("roles", code, message));
  }

  private static void requireValidRoles(Set<String> roles) {
    roleProblem(roles)
        .ifPresent(
            problem -> {
              throw new IllegalArgumentException("roles " + roles + ": " + problem.message());
            });
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

  /** Name, contact, language and placement, as an administrator sets them. */
  public void changeProfile(
      String displayName,
      String email,
      String language,
      WorkLocation workLocation,
      JobClass jobClass) {
    this.displayName = Objects.requireNonNull(displayName, "displayName");
    if (!LANGUAGES.contains(language)) {
      throw new IllegalArgumentException("language " + language);
    }
    this.email = email;
    this.language = language;
    this.workLocation = workLocation;
    this.jobClass = jobClass;
  }

  /** The account's roles from now on; a first reviewer role brings a pseudonym, kept for good. */
  public void changeRoles(Set<String> roles) {
    requireValidRoles(roles);
    this.roles = new TreeSet<>(roles);
    if (this.roles.contains(Role.REVIEWER) && pseudonym == null) {
      pseudonym = Pseudonym.random();
    }
  }

  public void changePasswordHash(String passwordHash) {
    this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
  }

  /** The account can sign in again. */
  public void enable() {
    enabled = true;
  }

  public String getEmail() {
    return email;
  }

  public String getLanguage() {
    return language;
  }

  public long getVersion() {
    return version;
  }

  /**
   * What an administrator sees and changes of the account, as data for the audit log (never the
   * password or its hash).
   */
  public java.util.Map<String, Object> snapshot() {
    return snapshot(
        username,
        displayName,
        email,
        language,
        roles,
        workLocation == null ? null : workLocation.getCode(),
        jobClass == null ? null : jobClass.getCode(),
        enabled);
  }

  /** The one shape of an account's snapshot, for an account that is or that would be. */
  public static java.util.Map<String, Object> snapshot(
      String username,
      String displayName,
      String email,
      String language,
      Set<String> roles,
      String workLocationCode,
      String jobClassCode,
      boolean active) {
    java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("username", username);
    m.put("displayName", displayName);
    m.put("email", email);
    m.put("language", language);
    m.put("roles", ROLES.stream().filter(roles::contains).toList());
    m.put("workLocationCode", workLocationCode);
    m.put("jobClassCode", jobClassCode);
    m.put("active", active);
    return m;
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
