package org.accommodationdesk.application.requests;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.accommodationdesk.application.accounts.CurrentUser;
import org.accommodationdesk.application.deadlines.CaseDeadlines;
import org.accommodationdesk.application.stats.Footprint;
import org.accommodationdesk.application.stats.StatisticsLedger;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.account.UserAccount;
import org.accommodationdesk.domain.account.UserAccountRepository;
import org.accommodationdesk.domain.reference.JobClass;
import org.accommodationdesk.domain.reference.ReferenceDataRepository;
import org.accommodationdesk.domain.reference.WorkLocation;
import org.accommodationdesk.domain.request.AccommodationRequest;
import org.accommodationdesk.domain.request.Action;
import org.accommodationdesk.domain.request.FieldError;
import org.accommodationdesk.domain.request.FieldErrors;
import org.accommodationdesk.domain.request.InvalidInputException;
import org.accommodationdesk.domain.request.ProxyFiling;
import org.accommodationdesk.domain.request.RequestIntake;
import org.accommodationdesk.domain.request.RequestRepository;

/**
 * Filing a request: an employee for themself (once per submission key, with documents, or as the
 * renewal of an approval), or someone for an employee (proxy intake). Each filing is stored,
 * counted in the statistics and announced (notices) in one transaction.
 */
@Stateless
@DeclareRoles({Role.EMPLOYEE, Role.REVIEWER, Role.UNION_REP, Role.ADMIN})
public class RequestFiling {
  @Inject private RequestRepository requests;
  @Inject private UserAccountRepository accounts;
  @Inject private ReferenceDataRepository referenceData;
  @Inject private CurrentUser currentUser;
  @Inject private RequestAccess access;
  @Inject private Clock clock;
  @Inject private DocumentService documentService;
  @Inject private StatisticsLedger ledger;
  @Inject private CaseDeadlines deadlines;
  @Inject private Event<CaseStep> steps;
  @Inject private SubmissionKeys submissionKeys;
  @Inject private RequestViews views;

  /** An employee files a request for themself. */
  @RolesAllowed(Role.EMPLOYEE)
  public RequestView submit(NewRequest input) {
    return submit(input, List.of());
  }

  /**
   * An employee files a request with supporting documents, all or nothing: a document that is
   * refused leaves no request behind.
   */
  @RolesAllowed(Role.EMPLOYEE)
  public RequestView submit(NewRequest input, List<Upload> uploads) {
    return submit(input, uploads, null).view();
  }

  /**
   * Files a request once per {@code key} (a form's own key, an API client's Idempotency-Key; null:
   * no key): the same filing sent again answers with the request filed the first time, a different
   * filing under a used key is refused. A concurrent post under the same key fails with {@link
   * DuplicateSubmissionException} ({@link Submissions} answers it with the winner).
   */
  @RolesAllowed(Role.EMPLOYEE)
  public Submissions.Filed submit(NewRequest input, List<Upload> uploads, String key) {
    String username = currentUser.username();
    String fingerprint = key == null ? null : Submissions.fingerprint(input, uploads);
    if (key != null) {
      Optional<Submissions.Filed> earlier = earlierFiling(key, fingerprint);
      if (earlier.isPresent()) {
        return earlier.get();
      }
    }
    UserAccount.Placement account =
        accounts
            .placement(username)
            .orElseThrow(() -> InvalidInputException.of("requester", "has no employee profile"));
    WorkLocation location = location(input, account);
    JobClass jobClass = jobClass(input, account);
    AccommodationRequest request;
    if (input.renewalOf() == null) {
      request =
          RequestIntake.submit(
              username,
              input.details(),
              input.urgency(),
              location,
              jobClass,
              deadlines.today(),
              clock.instant());
    } else {
      AccommodationRequest original = access.visible(input.renewalOf());
      List<Long> renewals = requests.renewalsOf(original.getId());
      if (!renewals.isEmpty()) {
        throw InvalidInputException.of(
            "renewalOf",
            "request " + original.getId() + " is renewed by request " + renewals.get(0));
      }
      request =
          RequestIntake.renewal(
              original,
              username,
              input.details(),
              input.urgency(),
              location,
              jobClass,
              deadlines.today(),
              clock.instant());
    }
    add(request);
    for (Upload upload : uploads) {
      documentService.attach(request.getId(), upload.fileName(), upload.content());
    }
    if (key != null) {
      submissionKeys.add(username, key, fingerprint, request.getId(), clock.instant());
    }
    return new Submissions.Filed(views.view(request), false);
  }

  /**
   * Files a request for an employee (proxy intake): an HR reviewer entering a paper or telephone
   * request, or a union rep with the employee's consent ({@code consent}: how and when it was
   * given). The employee is told at once and must confirm it before HR reads or decides anything; a
   * union rep's filing is shared with the union from the start (never its documents or free text).
   * No documents: the employee adds them once they see it.
   *
   * @return the request's number
   * @throws InvalidInputException naming the employee, the consent or the request's details
   */
  @RolesAllowed({Role.REVIEWER, Role.UNION_REP})
  public long fileFor(String employee, NewRequest input, String consent) {
    return fileFor(employee, input, consent, null).id();
  }

  /**
   * A filing for an employee, whether it had been filed before under the same key, and whether it
   * still waits for the employee's confirmation.
   */
  public record ProxyFiled(long id, boolean replayed, boolean awaitingConfirmation) {}

  /**
   * Files for an employee once per {@code key} (the form's own key, an API client's
   * Idempotency-Key; null: no key), as {@link #submit(NewRequest, List, String)} does for an
   * employee's own filing: the same filing sent again answers with the request filed the first
   * time; a different filing under a used key is refused. Keys are the filer's own.
   *
   * @throws DuplicateSubmissionException when a concurrent post holds the key ({@link Submissions}
   *     answers it with the winner)
   */
  @RolesAllowed({Role.REVIEWER, Role.UNION_REP})
  public ProxyFiled fileFor(String employee, NewRequest input, String consent, String key) {
    String fingerprint = key == null ? null : proxyFingerprint(employee, input, consent);
    if (key != null) {
      Optional<ProxyFiled> earlier = earlierProxyFiling(key, fingerprint);
      if (earlier.isPresent()) {
        return earlier.get();
      }
    }
    long id = file(employee, input, consent);
    if (key != null) {
      submissionKeys.add(currentUser.username(), key, fingerprint, id, clock.instant());
    }
    return new ProxyFiled(id, false, true);
  }

  /**
   * What the caller filed for an employee under {@code key} before, if anything.
   *
   * @throws InvalidInputException when that filing was a different one
   */
  @RolesAllowed({Role.REVIEWER, Role.UNION_REP})
  public Optional<ProxyFiled> earlierProxyFiling(String key, String fingerprint) {
    return earlier(key, fingerprint)
        .map(
            id ->
                new ProxyFiled(
                    id,
                    true,
                    requests
                        .find(id)
                        .map(r -> r.getStatus().isOpen() && r.awaitsConfirmation())
                        .orElse(false)));
  }

  /**
   * The request the caller filed under {@code key} before, if any; keys are each caller's own.
   *
   * @throws InvalidInputException when that filing was a different one
   */
  private Optional<Long> earlier(String key, String fingerprint) {
    Optional<SubmissionKeys.Filed> filed = submissionKeys.find(currentUser.username(), key);
    if (filed.isPresent() && !filed.get().fingerprint().equals(fingerprint)) {
      throw new InvalidInputException(
          List.of(
              new FieldError(
                  "Idempotency-Key",
                  "idempotencyKey.used",
                  "was used for a different request; use a new key for a new request")));
    }
    return filed.map(SubmissionKeys.Filed::requestId);
  }

  /** What identifies a filing for an employee: the employee, every detail, the consent. */
  static String proxyFingerprint(String employee, NewRequest input, String consent) {
    // as the filing reads them: surrounding spaces make no other filing
    String who = employee == null ? null : employee.strip();
    String asked = consent == null ? null : consent.strip();
    return Submissions.fingerprint(input, List.of(), who, asked);
  }

  private long file(String employee, NewRequest input, String consent) {
    ProxyFiling.FiledAs filedAs =
        currentUser.isReviewer() ? ProxyFiling.FiledAs.HR : ProxyFiling.FiledAs.UNION;
    Optional<UserAccount> found =
        employee == null || employee.isBlank()
            ? Optional.empty()
            : accounts
                .find(employee.strip())
                .filter(UserAccount::isEnabled)
                .filter(a -> a.getRoles().contains(Role.EMPLOYEE));
    if (found.isEmpty()) {
      // every other problem first, and the user name only once the rest is right: a form sent
      // with a missing consent does not tell a union rep whether a name is an employee's
      boolean blank = employee == null || employee.isBlank();
      FieldErrors errors = new FieldErrors();
      if (blank) {
        errors.add("employee", "employee.missing", "give the employee's user name");
      }
      errors.addAll(ProxyFiling.problems(filedAs, consent));
      errors.addAll(input.details().problems());
      if (errors.isEmpty()) {
        errors.add("employee", "employee.unknown", "no active employee has this user name");
      }
      errors.throwIfAny();
    }
    UserAccount account = found.orElseThrow();
    if (input.renewalOf() != null) {
      throw InvalidInputException.of("renewalOf", "only the employee may ask to renew");
    }
    UserAccount.Placement placement =
        new UserAccount.Placement(account.getWorkLocation(), account.getJobClass());
    AccommodationRequest request =
        RequestIntake.fileFor(
            account.getUsername(),
            currentUser.actor(),
            filedAs,
            consent,
            input.details(),
            input.urgency(),
            location(input, placement),
            jobClass(input, placement),
            deadlines.today(),
            clock.instant());
    add(request);
    return request.getId();
  }

  /** A new request: its clocks, stored, counted, and its notices written, in this transaction. */
  private void add(AccommodationRequest request) {
    request.keepTime(deadlines.current());
    requests.add(request);
    requests.store(request);
    ledger.record(Footprint.NONE, Footprint.of(request));
    steps.fire(new CaseStep(request, Action.SUBMIT, null));
  }

  private WorkLocation location(NewRequest input, UserAccount.Placement account) {
    return input.workLocationCode() == null
        ? account.workLocation()
        : referenceData
            .findLocation(input.workLocationCode())
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        List.of(
                            new org.accommodationdesk.domain.request.FieldError(
                                "workLocation",
                                "workLocation.unknown",
                                "unknown work location " + input.workLocationCode()))));
  }

  private JobClass jobClass(NewRequest input, UserAccount.Placement account) {
    return input.jobClassCode() == null
        ? account.jobClass()
        : referenceData
            .findJobClass(input.jobClassCode())
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        "jobClass", "unknown job class " + input.jobClassCode()));
  }

  /**
   * What the caller filed under {@code key} before, if anything, as filed again. Only the caller's
   * own keys: whether someone else used a key is nobody else's business.
   *
   * @throws InvalidInputException when that filing was a different one
   */
  @RolesAllowed(Role.EMPLOYEE)
  public Optional<Submissions.Filed> earlierFiling(String key, String fingerprint) {
    return earlier(key, fingerprint)
        .map(id -> new Submissions.Filed(views.view(access.visible(id)), true));
  }
}
