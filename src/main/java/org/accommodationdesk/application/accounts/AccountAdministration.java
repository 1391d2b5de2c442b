package org.accommodationdesk.application.accounts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.accommodationdesk.application.reference.ReferenceItem;
import org.accommodationdesk.application.requests.PageResult;
import org.accommodationdesk.domain.account.AccountNotFoundException;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.account.UserAccount;
import org.accommodationdesk.domain.account.UserAccountRepository;
import org.accommodationdesk.domain.audit.AuditEntry;
import org.accommodationdesk.domain.audit.AuditLog;
import org.accommodationdesk.domain.reference.JobClass;
import org.accommodationdesk.domain.reference.ReferenceDataRepository;
import org.accommodationdesk.domain.reference.WorkLocation;
import org.accommodationdesk.domain.request.FieldError;
import org.accommodationdesk.domain.request.FieldErrors;

/**
 * Administrators manage accounts: create, change, deactivate and reactivate, with every change in
 * the audit log (who, when, before and after, never a password). An administrator cannot deactivate
 * their own account or take away their own administrator role, so that the organisation always
 * keeps one.
 */
@Stateless
@RolesAllowed(Role.ADMIN)
public class AccountAdministration {
  /** The actor recorded for a change made from the configuration, not by a person. */
  public static final String CONFIGURATION_ACTOR = "(configuration)";

  public static final int PASSWORD_MIN = 10;
  public static final int PASSWORD_MAX = 200;

  /** What an e-mail address must look like: something, an at sign, a domain with a dot. */
  public static final String EMAIL_PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

  @Inject private UserAccountRepository accounts;
  @Inject private ReferenceDataRepository referenceData;
  @Inject private AuditLog audit;
  @Inject private CurrentUser currentUser;
  @Inject private PasswordHasher passwords;
  @Inject private SignInRevocations revocations;
  @Inject private SignInOptions signInOptions;
  @Inject private Clock clock;

  /** An account as an administrator sees it. */
  public record AccountView(
      String username,
      String displayName,
      String email,
      String language,
      List<String> roles,
      String workLocationCode,
      String jobClassCode,
      boolean active,
      long version)
      implements java.io.Serializable {
    @SuppressWarnings("unchecked")
    static AccountView of(UserAccount a) {
      Map<String, Object> s = a.snapshot();
      return new AccountView(
          a.getUsername(),
          a.getDisplayName(),
          a.getEmail(),
          a.getLanguage(),
          (List<String>) s.get("roles"),
          (String) s.get("workLocationCode"),
          (String) s.get("jobClassCode"),
          a.isEnabled(),
          a.getVersion());
    }
  }

  /** What a new account needs; {@code language} null means English. */
  public record NewAccount(
      String username,
      String displayName,
      String email,
      String language,
      Set<String> roles,
      String workLocationCode,
      String jobClassCode,
      String password) {}

  /** What to change of an account: null leaves a field as it is. */
  public record AccountChanges(
      String displayName,
      String email,
      String language,
      Set<String> roles,
      String workLocationCode,
      String jobClassCode,
      Boolean active,
      String password) {}

  /** One audit entry for a reader: its data, rendered at the edge. */
  public record AuditView(
      long id,
      Instant occurredAt,
      String actor,
      AuditEntry.Action action,
      String subject,
      String before,
      String after)
      implements java.io.Serializable {
    static AuditView of(AuditEntry e) {
      return new AuditView(
          e.getId(),
          e.getOccurredAt(),
          e.getActor(),
          e.getAction(),
          e.getSubject(),
          e.getBefore(),
          e.getAfter());
    }
  }

  /** A new account's input after its checks: what is wrong, and what it refers to. */
  private record CheckedNew(
      FieldErrors errors, String language, WorkLocation location, JobClass jobClass) {}

  private CheckedNew checkNew(NewAccount input, boolean passwordRequired) {
    FieldErrors errors = new FieldErrors();
    String username = input.username();
    if (username == null || username.isBlank()) {
      errors.add("username", "is required");
    } else if (!UserAccount.USERNAME.matcher(username).matches()) {
      errors.add(
          "username",
          "account.username",
          "must be 2 to 64 lower-case letters, digits, dots, dashes or underscores");
    } else if (accounts.exists(username)) {
      errors.add("username", "account.taken", "is taken");
    }
    errors.require(
        input.displayName() != null && !input.displayName().isBlank(),
        "displayName",
        "is required");
    String language = input.language() == null ? "en" : input.language();
    WorkLocation location = location(input.workLocationCode(), errors);
    JobClass jobClass = jobClass(input.jobClassCode(), errors);
    checkCommon(input.displayName(), input.email(), language, errors);
    checkRoles(input.roles(), errors);
    checkPassword(input.password(), username, passwordRequired, errors);
    return new CheckedNew(errors, language, location, jobClass);
  }

  /**
   * Everything wrong with a new account, by field; empty when it can be created. It needs a
   * password unless people sign in through the organisation's provider.
   */
  public List<FieldError> problemsOfNew(NewAccount input) {
    return checkNew(input, !signInOptions.isSingleSignOn()).errors().asList();
  }

  /** Creates an account after the checks of {@link #problemsOfNew}. */
  public AccountView create(NewAccount input) {
    return create(input, true, !signInOptions.isSingleSignOn());
  }

  /**
   * Everything wrong with an account from a roster: the checks of {@link #problemsOfNew}, but a
   * password is never required (a roster has none).
   */
  public List<FieldError> problemsOfImported(NewAccount input) {
    return checkNew(input, false).errors().asList();
  }

  /**
   * Creates an account from a roster, able to sign in or not. Without a password it signs in only
   * through the organisation's provider, or once an administrator sets one.
   */
  public AccountView createImported(NewAccount input, boolean active) {
    return create(input, active, false);
  }

  private AccountView create(NewAccount input, boolean active, boolean passwordRequired) {
    CheckedNew checked = checkNew(input, passwordRequired);
    checked.errors().throwIfAny();
    UserAccount account =
        new UserAccount(
            input.username(),
            input.displayName().strip(),
            input.password() == null ? null : passwords.hash(input.password()),
            checked.location(),
            checked.jobClass(),
            input.roles());
    account.changeProfile(
        input.displayName().strip(),
        blankToNull(input.email()),
        checked.language(),
        checked.location(),
        checked.jobClass());
    if (!active) {
      account.disable();
    }
    accounts.add(account);
    record(AuditEntry.Action.ACCOUNT_CREATED, input.username(), null, account.snapshot());
    return AccountView.of(account);
  }

  public PageResult<AccountView> list(int page, int size) {
    return list(null, page, size);
  }

  /** The most characters a search of the accounts may have. */
  public static final int SEARCH_MAX = 100;

  /**
   * The accounts whose user name or name holds {@code search} (null or blank: every account), by
   * user name, a page at a time.
   *
   * @throws InvalidInputException when the search is longer than {@link #SEARCH_MAX}
   */
  public PageResult<AccountView> list(String search, int page, int size) {
    PageResult.check(page, size);
    String s = search == null || search.isBlank() ? null : search.strip();
    new FieldErrors().text("q", s, SEARCH_MAX).throwIfAny();
    if (s == null) {
      return new PageResult<>(
          accounts.page(page * size, size).stream().map(AccountView::of).toList(),
          accounts.count());
    }
    return new PageResult<>(
        accounts.search(s, page * size, size).stream().map(AccountView::of).toList(),
        accounts.countFound(s));
  }

  public AccountView get(String username) {
    return AccountView.of(find(username));
  }

  /** Changes after their checks: what is wrong, and the account's fields as they would be. */
  private record CheckedChange(
      FieldErrors errors,
      String displayName,
      String email,
      String language,
      WorkLocation location,
      JobClass jobClass,
      Set<String> roles,
      boolean active) {
    Map<String, Object> snapshot(String username) {
      return UserAccount.snapshot(
          username,
          displayName.strip(),
          email,
          language,
          roles,
          location == null ? null : location.getCode(),
          jobClass == null ? null : jobClass.getCode(),
          active);
    }
  }

  private CheckedChange checkChange(UserAccount account, AccountChanges changes) {
    String username = account.getUsername();
    FieldErrors errors = new FieldErrors();
    String displayName =
        changes.displayName() == null ? account.getDisplayName() : changes.displayName();
    errors.require(!displayName.isBlank(), "displayName", "is required");
    String email = changes.email() == null ? account.getEmail() : blankToNull(changes.email());
    String language = changes.language() == null ? account.getLanguage() : changes.language();
    WorkLocation location =
        changes.workLocationCode() == null
            ? account.getWorkLocation()
            : location(changes.workLocationCode(), errors);
    JobClass jobClass =
        changes.jobClassCode() == null
            ? account.getJobClass()
            : jobClass(changes.jobClassCode(), errors);
    checkCommon(displayName, email, language, errors);
    Set<String> roles = changes.roles() == null ? account.getRoles() : changes.roles();
    checkRoles(roles, errors);
    checkPassword(changes.password(), username, false, errors);
    boolean self = username.equals(currentUser.username());
    if (self && Boolean.FALSE.equals(changes.active())) {
      errors.add("active", "account.self", "you cannot deactivate your own account");
    }
    if (self && roles != null && !roles.contains(Role.ADMIN)) {
      errors.add("roles", "account.selfAdmin", "you cannot take away your own administrator role");
    }
    boolean active = changes.active() == null ? account.isEnabled() : changes.active();
    return new CheckedChange(
        errors, displayName, email, language, location, jobClass, roles, active);
  }

  /** Everything wrong with these changes to an account, by field; empty when they can be made. */
  public List<FieldError> problemsOfChange(String username, AccountChanges changes) {
    return checkChange(find(username), changes).errors().asList();
  }

  /** The account as it is, as the audit log records it. */
  public Map<String, Object> snapshotOf(String username) {
    return find(username).snapshot();
  }

  /** The account as {@code changes} would leave it (checked as a change would be). */
  public Map<String, Object> snapshotAfter(String username, AccountChanges changes) {
    return checkChange(find(username), changes).snapshot(username);
  }

  /** Whether these (valid) changes would change anything of the account. */
  public boolean wouldChange(String username, AccountChanges changes) {
    UserAccount account = find(username);
    CheckedChange checked = checkChange(account, changes);
    return changes.password() != null || !checked.snapshot(username).equals(account.snapshot());
  }

  public AccountView change(String username, AccountChanges changes, Long expectedVersion) {
    UserAccount account = find(username);
    if (expectedVersion != null && expectedVersion != account.getVersion()) {
      throw new org.accommodationdesk.domain.request.StaleVersionException(
          expectedVersion, account.getVersion());
    }
    Map<String, Object> before = account.snapshot();
    CheckedChange checked = checkChange(account, changes);
    checked.errors().throwIfAny();
    account.changeProfile(
        checked.displayName().strip(),
        checked.email(),
        checked.language(),
        checked.location(),
        checked.jobClass());
    account.changeRoles(checked.roles());
    if (changes.password() != null) {
      account.changePasswordHash(passwords.hash(changes.password()));
    }
    if (checked.active()) {
      account.enable();
    } else {
      account.disable();
    }
    Map<String, Object> after = account.snapshot();
    boolean passwordChanged = changes.password() != null;
    if (before.equals(after) && !passwordChanged) {
      return AccountView.of(account);
    }
    if (passwordChanged) {
      after.put("passwordChanged", true);
    }
    if (!Objects.equals(before.get("roles"), after.get("roles"))
        || !account.isEnabled()
        || passwordChanged) {
      revocations.revoke(username, clock.instant());
    }
    accounts.store(account);
    record(AuditEntry.Action.ACCOUNT_CHANGED, username, before, after);
    return AccountView.of(account);
  }

  public PageResult<AuditView> auditLog(int page, int size) {
    PageResult.check(page, size);
    return new PageResult<>(
        audit.newestFirst(page * size, size).stream().map(AuditView::of).toList(), audit.count());
  }

  /** The work locations to choose from. */
  public List<ReferenceItem> locations() {
    return referenceData.locations().stream()
        .map(l -> new ReferenceItem(l.getCode(), l.getName()))
        .toList();
  }

  /** The job classes to choose from. */
  public List<ReferenceItem> jobClasses() {
    return referenceData.jobClasses().stream()
        .map(j -> new ReferenceItem(j.getCode(), j.getName()))
        .toList();
  }

  /**
   * The whole audit log as CSV (header row, newest first), the state columns as stored JSON. The
   * writer is flushed, not closed: it belongs to the caller.
   */
  public void exportAuditLog(java.io.Writer out) throws java.io.IOException {
    org.apache.commons.csv.CSVPrinter printer =
        new org.apache.commons.csv.CSVPrinter(
            out,
            org.apache.commons.csv.CSVFormat.DEFAULT
                .builder()
                .setHeader("occurredAt", "actor", "action", "subject", "before", "after")
                .get());
    for (int first = 0; ; first += PageResult.MAX_SIZE) {
      List<AuditEntry> part = audit.newestFirst(first, PageResult.MAX_SIZE);
      for (AuditEntry e : part) {
        printer.printRecord(
            org.accommodationdesk.application.stats.CsvCells.safe(
                e.getOccurredAt(),
                e.getActor(),
                e.getAction(),
                e.getSubject(),
                e.getBefore(),
                e.getAfter()));
      }
      if (part.size() < PageResult.MAX_SIZE) {
        break;
      }
    }
    printer.flush();
  }

  private UserAccount find(String username) {
    return accounts.find(username).orElseThrow(() -> new AccountNotFoundException(username));
  }

  private void record(
      AuditEntry.Action action,
      String subject,
      Map<String, Object> before,
      Map<String, Object> after) {
    audit.append(entry(clock, currentUser.username(), action, subject, before, after));
  }

  /** An audit entry of an account's snapshots before and after (null: none), stored as JSON. */
  public static AuditEntry entry(
      Clock clock,
      String actor,
      AuditEntry.Action action,
      String subject,
      Map<String, Object> before,
      Map<String, Object> after) {
    return new AuditEntry(clock.instant(), actor, action, subject, json(before), json(after));
  }

  /** A snapshot as JSON: the audit log's data. */
  public static String json(Map<String, Object> state) {
    if (state == null) {
      return null;
    }
    JsonObjectBuilder o = Json.createObjectBuilder();
    state.forEach(
        (k, v) -> {
          if (v == null) {
            o.addNull(k);
          } else if (v instanceof Boolean b) {
            o.add(k, b);
          } else if (v instanceof List<?> list) {
            JsonArrayBuilder a = Json.createArrayBuilder();
            list.forEach(x -> a.add(String.valueOf(x)));
            o.add(k, a);
          } else {
            o.add(k, String.valueOf(v));
          }
        });
    return o.build().toString();
  }

  private WorkLocation location(String code, FieldErrors errors) {
    return known(code, referenceData::findLocation, "workLocationCode", "work location", errors);
  }

  private JobClass jobClass(String code, FieldErrors errors) {
    return known(code, referenceData::findJobClass, "jobClassCode", "job class", errors);
  }

  /** The reference item with this code; none for no code; an error naming the field if unknown. */
  private static <T> T known(
      String code,
      java.util.function.Function<String, java.util.Optional<T>> find,
      String field,
      String what,
      FieldErrors errors) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return find.apply(code)
        .orElseGet(
            () -> {
              errors.add(field, "unknown " + what + " " + code);
              return null;
            });
  }

  private static void checkCommon(
      String displayName, String email, String language, FieldErrors errors) {
    errors.text("displayName", displayName, UserAccount.DISPLAY_NAME_MAX);
    if (email != null && !email.isBlank()) {
      errors.require(
          email.length() <= UserAccount.EMAIL_MAX && email.matches(EMAIL_PATTERN),
          "email",
          "must be an address like name@example.org");
    }
    errors.require(UserAccount.LANGUAGES.contains(language), "language", "must be one of en, es");
  }

  private static void checkRoles(Set<String> roles, FieldErrors errors) {
    UserAccount.roleProblem(roles)
        .ifPresent(problem -> errors.add(problem.field(), problem.code(), problem.message()));
  }

  private static void checkPassword(
      String password, String username, boolean required, FieldErrors errors) {
    if (password == null) {
      if (required) {
        errors.add("password", "is required");
      }
      return;
    }
    if (password.length() < PASSWORD_MIN || password.length() > PASSWORD_MAX) {
      errors.add(
          "password",
          "account.passwordLength",
          "must be " + PASSWORD_MIN + " to " + PASSWORD_MAX + " characters");
    } else if (password.equalsIgnoreCase(username)) {
      errors.add("password", "account.passwordName", "must not be the user name");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
