package org.accommodationdesk.application.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.account.UserAccount;
import org.accommodationdesk.domain.account.UserAccountRepository;
import org.accommodationdesk.domain.audit.AuditEntry;
import org.accommodationdesk.domain.reference.DenialReason;
import org.accommodationdesk.domain.reference.JobClass;
import org.accommodationdesk.domain.reference.ListedReason;
import org.accommodationdesk.domain.reference.NamedReference;
import org.accommodationdesk.domain.reference.ReasonList;
import org.accommodationdesk.domain.reference.ReferenceDataRepository;
import org.accommodationdesk.domain.reference.ReferenceEntry;
import org.accommodationdesk.domain.reference.ReferenceNotFoundException;
import org.accommodationdesk.domain.reference.WorkLocation;
import org.accommodationdesk.domain.request.FieldErrors;
import org.accommodationdesk.domain.request.StaleVersionException;

/**
 * Administrators keep the reference data: work locations and which HR reviewers serve each (a
 * reviewer named for some locations sees only their requests), job classes and denial reasons with
 * English and Spanish names, the reasons of the other lists. Every kind is created and changed one
 * way ({@link #create}, {@link #change}). Codes never change once made (requests, history and
 * statistics refer to them); names do. Every change is in the audit log. The calendar and the
 * settings have services of their own ({@link CalendarAdministration}, {@link
 * SettingsAdministration}).
 */
@Stateless
@RolesAllowed(Role.ADMIN)
public class ReferenceDataAdministration {
  /** A code: 2 to 40 capital letters, digits, dashes or underscores, starting with a letter. */
  public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_-]{1,39}");

  public static final int NAME_MAX = 200;

  @Inject private ReferenceDataRepository referenceData;
  @Inject private UserAccountRepository accounts;
  @Inject private AdministrationAudit audit;

  /** A work location as an administrator sees it. */
  public record LocationView(String code, String name, List<String> reviewers, long version)
      implements java.io.Serializable {
    static LocationView of(WorkLocation l) {
      return new LocationView(
          l.getCode(), l.getName(), List.copyOf(l.getReviewers()), l.getVersion());
    }
  }

  /** A job class as an administrator sees it; {@code nameEs} null when it has no Spanish name. */
  public record JobClassView(String code, String name, String nameEs, long version)
      implements java.io.Serializable {
    static JobClassView of(JobClass j) {
      return new JobClassView(j.getCode(), j.getName(), j.getNameEs(), j.getVersion());
    }
  }

  /** A denial reason as an administrator sees it. */
  public record DenialReasonView(
      String code, String name, String nameEs, boolean active, long version)
      implements java.io.Serializable {
    static DenialReasonView of(DenialReason d) {
      return new DenialReasonView(
          d.getCode(), d.getName(), d.getNameEs(), d.isActive(), d.getVersion());
    }
  }

  /** Every denial reason, in use or retired, in the reviewers' order. */
  public List<DenialReasonView> denialReasons() {
    return referenceData.denialReasons().stream().map(DenialReasonView::of).toList();
  }

  /** A new denial reason, in use, last in the reviewers' list. */
  public DenialReasonView addDenialReason(String code, String name, String nameEs) {
    boolean taken = code != null && referenceData.findDenialReason(code).isPresent();
    int position =
        referenceData.denialReasons().stream().mapToInt(DenialReason::getPosition).max().orElse(0)
            + 1;
    return DenialReasonView.of(
        create(
            "denial reason",
            code,
            taken,
            errors -> checkNames(name, nameEs, true, errors),
            () -> new DenialReason(code, name.strip(), FieldErrors.stripped(nameEs), position),
            referenceData::add));
  }

  /**
   * Renames a denial reason, or retires it (reviewers no longer see it; decisions keep it) or
   * brings it back; null leaves a field as it is. The last reason in use cannot be retired.
   */
  public DenialReasonView changeDenialReason(
      String code, String name, String nameEs, Boolean active, Long expectedVersion) {
    return DenialReasonView.of(
        change(
            "denial reason",
            code,
            referenceData.findDenialReason(code),
            expectedVersion,
            (reason, errors) -> {
              checkNames(name, nameEs, false, errors);
              checkOneStaysInUse(
                  active,
                  reason.isActive(),
                  referenceData.denialReasons().stream().filter(DenialReason::isActive).count(),
                  "cannot be turned off: reviewers need at least one reason",
                  errors);
            },
            reason -> {
              rename(reason, name, nameEs);
              if (active != null) {
                reason.changeActive(active);
              }
            }));
  }

  /** A reason of one of the lists as an administrator sees it. */
  public record ReasonView(
      String list,
      String code,
      String name,
      String nameEs,
      boolean active,
      boolean acceptable,
      long version)
      implements java.io.Serializable {
    static ReasonView of(ListedReason r) {
      return new ReasonView(
          r.getList().pathName(),
          r.getCode(),
          r.getName(),
          r.getNameEs(),
          r.isActive(),
          r.isAcceptable(),
          r.getVersion());
    }
  }

  /** Every reason of a list, in use or retired, in the list's order. */
  public List<ReasonView> reasons(ReasonList list) {
    return referenceData.reasons(list).stream().map(ReasonView::of).toList();
  }

  /**
   * A new reason in a list, in use, last in it; {@code acceptable} null: acceptable (a delay of the
   * decider's own making is not). Codes are unique across the lists.
   */
  public ReasonView addReason(
      ReasonList list, String code, String name, String nameEs, Boolean acceptable) {
    int position =
        referenceData.reasons(list).stream().mapToInt(ListedReason::getPosition).max().orElse(0)
            + 1;
    return ReasonView.of(
        create(
            list.pathName() + " reason",
            code,
            code != null && referenceData.reasonCodeTaken(code),
            errors -> checkNames(name, nameEs, true, errors),
            () ->
                new ListedReason(
                    list,
                    code,
                    name.strip(),
                    FieldErrors.stripped(nameEs),
                    !Boolean.FALSE.equals(acceptable),
                    position),
            referenceData::add));
  }

  /**
   * Renames a reason, retires it (HR no longer sees it; records keep it) or brings it back, or
   * changes whether it is acceptable; null leaves a field as it is. The last reason in use of a
   * list cannot be retired.
   */
  public ReasonView changeReason(
      ReasonList list,
      String code,
      String name,
      String nameEs,
      Boolean active,
      Boolean acceptable,
      Long expectedVersion) {
    return ReasonView.of(
        change(
            list.pathName() + " reason",
            code,
            referenceData.findReason(list, code),
            expectedVersion,
            (reason, errors) -> {
              checkNames(name, nameEs, false, errors);
              checkOneStaysInUse(
                  active,
                  reason.isActive(),
                  referenceData.reasons(list).stream().filter(ListedReason::isActive).count(),
                  "cannot be turned off: HR needs at least one reason",
                  errors);
            },
            reason -> {
              rename(reason, name, nameEs);
              if (active != null) {
                reason.changeActive(active);
              }
              if (acceptable != null) {
                reason.changeAcceptable(acceptable);
              }
            }));
  }

  public List<LocationView> locations() {
    return referenceData.locations().stream().map(LocationView::of).toList();
  }

  public List<JobClassView> jobClasses() {
    return referenceData.jobClasses().stream().map(JobClassView::of).toList();
  }

  /** The user names of the active HR reviewers, who may be named for locations. */
  public List<String> reviewers() {
    return accounts.activeReviewers();
  }

  /** The active reviewers' names by user name, to show people rather than user names. */
  public Map<String, String> reviewerNames() {
    return accounts.displayNames(accounts.activeReviewers());
  }

  /** A new work location, served by these reviewers (none: by every reviewer). */
  public LocationView addLocation(String code, String name, Set<String> reviewers) {
    return LocationView.of(
        create(
            "location",
            code,
            code != null && referenceData.findLocation(code).isPresent(),
            errors -> {
              checkName("name", name, true, errors);
              checkReviewers(reviewers, errors);
            },
            () -> {
              WorkLocation location = new WorkLocation(code, name.strip());
              location.changeReviewers(reviewers == null ? Set.of() : reviewers);
              return location;
            },
            referenceData::add));
  }

  /** Renames a location and/or names who serves it; null leaves a field as it is. */
  public LocationView changeLocation(
      String code, String name, Set<String> reviewers, Long expectedVersion) {
    return LocationView.of(
        change(
            "location",
            code,
            referenceData.findLocation(code),
            expectedVersion,
            (location, errors) -> {
              checkName("name", name, false, errors);
              checkReviewers(reviewers, errors);
            },
            location -> {
              if (name != null) {
                location.rename(name.strip());
              }
              if (reviewers != null) {
                location.changeReviewers(reviewers);
              }
            }));
  }

  public JobClassView addJobClass(String code, String name, String nameEs) {
    return JobClassView.of(
        create(
            "job class",
            code,
            code != null && referenceData.findJobClass(code).isPresent(),
            errors -> checkNames(name, nameEs, true, errors),
            () -> new JobClass(code, name.strip(), FieldErrors.stripped(nameEs)),
            referenceData::add));
  }

  /**
   * Renames a job class; null leaves a name as it is, and an empty Spanish name removes it (Spanish
   * readers then see the English one).
   */
  public JobClassView changeJobClass(
      String code, String name, String nameEs, Long expectedVersion) {
    return JobClassView.of(
        change(
            "job class",
            code,
            referenceData.findJobClass(code),
            expectedVersion,
            (jobClass, errors) -> checkNames(name, nameEs, false, errors),
            jobClass -> rename(jobClass, name, nameEs)));
  }

  // ---- the one way every kind of entry is created and changed ------------------------------

  /**
   * Creates an entry of a kind ({@code subject}, as the audit log and refusals name it): its code
   * well formed and not {@code taken}, its own fields checked, every problem named at once; stored
   * and audited.
   */
  private <T extends ReferenceEntry> T create(
      String subject,
      String code,
      boolean taken,
      Consumer<FieldErrors> checks,
      Supplier<T> make,
      Consumer<T> store) {
    FieldErrors errors = new FieldErrors();
    checkNewCode(code, taken, errors);
    checks.accept(errors);
    errors.throwIfAny();
    T entry = make.get();
    store.accept(entry);
    audit.record(AuditEntry.Action.REFERENCE_CREATED, subject + " " + code, null, entry.snapshot());
    return entry;
  }

  /**
   * Changes an entry found by its code, at the version the caller saw: checked (every problem at
   * once), changed, audited when anything changed, and written before the answer.
   *
   * @throws ReferenceNotFoundException when there is none by that code
   * @throws StaleVersionException when someone changed it since the caller read it
   */
  private <T extends ReferenceEntry> T change(
      String subject,
      String code,
      Optional<T> found,
      Long expectedVersion,
      BiConsumer<T, FieldErrors> checks,
      Consumer<T> apply) {
    T entry = found.orElseThrow(() -> new ReferenceNotFoundException(subject, code));
    checkVersion(expectedVersion, entry.getVersion());
    FieldErrors errors = new FieldErrors();
    checks.accept(entry, errors);
    errors.throwIfAny();
    Map<String, Object> before = entry.snapshot();
    apply.accept(entry);
    audit.recordChange(subject + " " + code, before, entry.snapshot());
    referenceData.flush();
    return entry;
  }

  /** The English name (required for a new entry) and the Spanish one (never required). */
  private static void checkNames(String name, String nameEs, boolean isNew, FieldErrors errors) {
    checkName("name", name, isNew, errors);
    checkName("nameEs", nameEs, false, errors);
  }

  /** New names: null leaves a name as it is, an empty Spanish name removes it. */
  private static void rename(NamedReference entry, String name, String nameEs) {
    entry.rename(
        name == null ? entry.getName() : name.strip(),
        nameEs == null ? entry.getNameEs() : FieldErrors.stripped(nameEs));
  }

  /** The last entry in use of a list cannot be retired: {@code refusal} says who needs it. */
  private static void checkOneStaysInUse(
      Boolean active, boolean inUse, long inUseCount, String refusal, FieldErrors errors) {
    if (Boolean.FALSE.equals(active) && inUse) {
      errors.require(inUseCount > 1, "active", refusal);
    }
  }

  private static void checkNewCode(String code, boolean taken, FieldErrors errors) {
    if (code == null || code.isBlank()) {
      errors.add("code", "is required");
    } else if (!CODE.matcher(code).matches()) {
      errors.add(
          "code",
          "reference.code",
          "must be 2 to 40 capital letters, digits, dashes or underscores, starting with a letter");
    } else if (taken) {
      errors.add("code", "reference.taken", "is taken");
    }
  }

  /**
   * A name: required for a new item; on a change, absent (null) leaves it, and only the Spanish
   * name may be emptied (Spanish readers then see the English one).
   */
  static void checkName(String field, String name, boolean required, FieldErrors errors) {
    if (name == null) {
      errors.require(!required, field, "is required");
    } else if (name.isBlank()) {
      errors.require(field.equals("nameEs"), field, "is required");
    } else {
      errors.text(field, name, NAME_MAX);
    }
  }

  /** Each must be an account holding the reviewer role. */
  private void checkReviewers(Set<String> reviewers, FieldErrors errors) {
    if (reviewers == null) {
      return;
    }
    Set<String> wrong = new TreeSet<>();
    for (String username : reviewers) {
      boolean reviewer =
          username != null
              && accounts
                  .find(username)
                  .map(UserAccount::getRoles)
                  .map(r -> r.contains(Role.REVIEWER))
                  .orElse(false);
      if (!reviewer) {
        wrong.add(String.valueOf(username));
      }
    }
    errors.require(
        wrong.isEmpty(), "reviewers", "are not all HR reviewers: " + String.join(", ", wrong));
  }

  private static void checkVersion(Long expected, long actual) {
    if (expected != null && expected != actual) {
      throw new StaleVersionException(expected, actual);
    }
  }
}
