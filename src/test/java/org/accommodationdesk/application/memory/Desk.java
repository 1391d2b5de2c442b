package org.accommodationdesk.application.memory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.accommodationdesk.application.deadlines.CaseDeadlines;
import org.accommodationdesk.application.reference.ReasonsInUse;
import org.accommodationdesk.application.reference.ReferenceChoices;
import org.accommodationdesk.application.requests.CaseStep;
import org.accommodationdesk.application.requests.DocumentService;
import org.accommodationdesk.application.requests.NewRequest;
import org.accommodationdesk.application.requests.RequestAccess;
import org.accommodationdesk.application.requests.RequestFiling;
import org.accommodationdesk.application.requests.RequestQueries;
import org.accommodationdesk.application.requests.RequestService;
import org.accommodationdesk.application.requests.RequestView;
import org.accommodationdesk.application.requests.RequestViews;
import org.accommodationdesk.application.requests.TransitionCommand;
import org.accommodationdesk.application.review.Assignment;
import org.accommodationdesk.application.stats.Footprint;
import org.accommodationdesk.application.stats.StatisticsLedger;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.account.UserAccount;
import org.accommodationdesk.domain.reference.DenialReason;
import org.accommodationdesk.domain.reference.JobClass;
import org.accommodationdesk.domain.reference.WorkLocation;
import org.accommodationdesk.domain.request.Action;
import org.accommodationdesk.domain.request.ArrangementType;
import org.accommodationdesk.domain.request.Category;
import org.accommodationdesk.domain.request.Relationship;
import org.accommodationdesk.domain.request.RequestDetails;

/**
 * The case use cases wired as the container would, against in-memory repositories: {@link
 * RequestService} with the access rule, documents, the default deadlines, letters and submission
 * keys; the steps it publishes recorded in {@link #steps} (observers a test adds there see each
 * step in its own call, as the container's do in the step's transaction). The usual people and
 * places: two locations and job classes, employee1 (Lincoln, teacher) and employee2 (Washington,
 * clerk), reviewer1, reviewer2 and an HR lead, two active denial reasons and a retired one.
 */
public class Desk {
  public final WorkLocation lincoln = new WorkLocation("LOC-1", "Lincoln Elementary");
  public final WorkLocation washington = new WorkLocation("LOC-2", "Washington High");
  public final JobClass teacher = new JobClass("TEACHER", "Classroom teacher");
  public final JobClass clerk = new JobClass("CLERK", "Office clerk");

  public final InMemoryRequests requests = new InMemoryRequests();
  public final InMemoryAccounts accounts = new InMemoryAccounts();
  public final InMemoryReferenceData referenceData = new InMemoryReferenceData();
  public final InMemoryLetters letters = new InMemoryLetters();
  public final InMemorySubmissionKeys keys = new InMemorySubmissionKeys();
  public final InMemoryDocuments documents = new InMemoryDocuments();
  public final MovableClock clock;
  public final ActingUser user = new ActingUser();
  public final RecordedEvents<CaseStep> steps = new RecordedEvents<>();
  public final List<Footprint[]> ledger = new ArrayList<>();
  public final AtomicBoolean rolledBack = new AtomicBoolean();
  public final CaseDeadlines deadlines;
  public final RequestAccess access = new RequestAccess();
  public final RequestService service = new RequestService();
  public final RequestFiling filing = new RequestFiling();
  public final RequestQueries queries = new RequestQueries();
  public final Assignment assignment = new Assignment();
  public final ReferenceChoices choices = new ReferenceChoices();
  public final ReasonsInUse reasonsInUse = new ReasonsInUse();
  public final RequestViews views = new RequestViews();
  public final InMemoryHolds holds = new InMemoryHolds();

  public Desk(Instant now) {
    clock = new MovableClock(now);
    deadlines = Deadlines.byDefault(referenceData, clock);
    referenceData.add(lincoln);
    referenceData.add(washington);
    referenceData.add(teacher);
    referenceData.add(clerk);
    referenceData.add(new DenialReason("UNDUE_HARDSHIP", "Undue hardship", null, 1));
    referenceData.add(new DenialReason("ESSENTIAL_FUNCTION", "Essential function", null, 2));
    DenialReason retired = new DenialReason("OLD", "Retired reason", null, 0);
    retired.changeActive(false);
    referenceData.add(retired);
    account("employee1", "Erin Employee", lincoln, teacher, Role.EMPLOYEE);
    account("employee2", "Eli Employee", washington, clerk, Role.EMPLOYEE);
    account("reviewer1", "Rita Reviewer", null, null, Role.REVIEWER);
    account("reviewer2", "Al Reviewer", null, null, Role.REVIEWER);
    account("lead", "Lee Lead", null, null, Role.REVIEWER, Role.HR_LEAD);

    Fields.set(access, "requests", requests);
    Fields.set(access, "currentUser", user);
    Fields.set(access, "referenceData", referenceData);
    DocumentService documentService = new DocumentService();
    Fields.set(documentService, "requests", requests);
    Fields.set(documentService, "documents", documents);
    Fields.set(documentService, "detector", new MagicBytes());
    Fields.set(documentService, "currentUser", user);
    Fields.set(documentService, "access", access);
    Fields.set(documentService, "clock", clock);
    Fields.set(documentService, "maxBytes", 1024L);
    StatisticsLedger counted = (before, after) -> ledger.add(new Footprint[] {before, after});
    wire(views, "requests", requests, "holds", holds, "accounts", accounts);
    wire(views, "referenceData", referenceData, "currentUser", user, "clock", clock);
    wire(views, "deadlines", deadlines, "letters", letters);
    wire(reasonsInUse, "referenceData", referenceData);
    wire(choices, "referenceData", referenceData, "inUse", reasonsInUse);
    wire(filing, "requests", requests, "accounts", accounts, "referenceData", referenceData);
    wire(filing, "currentUser", user, "access", access, "clock", clock);
    wire(filing, "documentService", documentService, "ledger", counted, "deadlines", deadlines);
    wire(filing, "steps", steps, "submissionKeys", keys, "views", views);
    wire(queries, "requests", requests, "accounts", accounts, "currentUser", user);
    wire(queries, "access", access, "views", views);
    wire(service, "requests", requests, "currentUser", user, "access", access, "clock", clock);
    wire(service, "documentService", documentService, "ledger", counted, "deadlines", deadlines);
    wire(service, "steps", steps, "session", Sessions.recording(rolledBack));
    wire(service, "choices", reasonsInUse, "views", views);
    wire(assignment, "requests", requests, "accounts", accounts, "currentUser", user);
    wire(assignment, "access", access, "clock", clock, "steps", steps, "views", views);
    wire(assignment, "assignmentBy", "hr-lead");
  }

  /** A request for a household member, fully remote from 7 December 2026 to 30 June 2027. */
  public static RequestDetails household() {
    return new RequestDetails(
        Category.HOUSEHOLD_MEMBER,
        ArrangementType.FULL_REMOTE,
        null,
        null,
        LocalDate.of(2026, 12, 7),
        LocalDate.of(2027, 6, 30),
        Relationship.PARENT,
        true,
        null,
        "My father lives with me and is at high risk.");
  }

  /** {@code employee} files a request for a household member, at their own placement. */
  public RequestView file(String employee) {
    user.as(employee, Role.EMPLOYEE);
    return filing.submit(new NewRequest(household(), null, null));
  }

  /** {@code username}, with {@code role}, takes a step of request {@code id}. */
  public RequestView as(String username, String role, long id, TransitionCommand command) {
    user.as(username, role);
    return service.transition(id, command, null);
  }

  /** A reviewer takes a step that needs only a comment. */
  public RequestView review(String reviewer, long id, Action action) {
    return as(reviewer, Role.REVIEWER, id, TransitionCommand.of(action, "a comment"));
  }

  /** A reviewer denies request {@code id} for undue hardship. */
  public RequestView deny(String reviewer, long id) {
    return as(
        reviewer,
        Role.REVIEWER,
        id,
        new TransitionCommand(Action.DENY, "UNDUE_HARDSHIP", "No", null, null, null));
  }

  /** An active account with no password of note. */
  public UserAccount account(
      String username, String name, WorkLocation location, JobClass jobClass, String... roles) {
    UserAccount a = new UserAccount(username, name, "hash", location, jobClass, Set.of(roles));
    accounts.add(a);
    return a;
  }

  /** Sets each named field of {@code target}: name, value, name, value, ... */
  private static void wire(Object target, Object... namesAndValues) {
    for (int i = 0; i < namesAndValues.length; i += 2) {
      Fields.set(target, (String) namesAndValues[i], namesAndValues[i + 1]);
    }
  }
}
