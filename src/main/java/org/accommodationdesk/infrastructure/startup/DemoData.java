package org.accommodationdesk.infrastructure.startup;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.account.UserAccount;
import org.accommodationdesk.domain.reference.JobClass;
import org.accommodationdesk.domain.reference.WorkLocation;
import org.accommodationdesk.domain.request.AccommodationRequest;
import org.accommodationdesk.domain.request.Actor;
import org.accommodationdesk.domain.request.AppealWindow;
import org.accommodationdesk.domain.request.Arrangement;
import org.accommodationdesk.domain.request.ArrangementType;
import org.accommodationdesk.domain.request.Category;
import org.accommodationdesk.domain.request.Relationship;
import org.accommodationdesk.domain.request.RequestDetails;
import org.accommodationdesk.domain.request.RequestIntake;
import org.accommodationdesk.domain.request.RequestStatus;
import org.accommodationdesk.infrastructure.security.PasswordHashing;

/**
 * Demo mode only: reference data, the demo accounts (password {@code demo}) and a few dozen
 * requests in every category and status, so that a newcomer sees a living system. Never runs unless
 * {@code accommodationdesk.demo=true}.
 */
@Stateless
public class DemoData {
  /** The denial reasons the migrations ship (V14), for demo decisions. */
  private static final List<String> DENIAL_REASONS =
      List.of(
          "INSUFFICIENT_DOCUMENTATION",
          "ESSENTIAL_FUNCTIONS_REQUIRE_PRESENCE",
          "UNDUE_HARDSHIP",
          "NOT_ELIGIBLE_UNDER_POLICY",
          "OTHER");

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
  private static final AppealWindow APPEAL_WINDOW = AppealWindow.ofDays(15);
  static final int DEMO_REQUESTS = 900;
  static final int STAFF = 300;

  @jakarta.inject.Inject
  private org.accommodationdesk.application.deadlines.CaseDeadlines deadlines;

  @PersistenceContext private EntityManager em;
  @Inject private PasswordHashing hashing;
  @Inject private java.time.Clock clock;

  public void seedIfEmpty() {
    org.accommodationdesk.infrastructure.persistence.StartupLock.take(em);
    if (em.find(UserAccount.class, "admin") != null) {
      LOG.info("Demo data already present");
      return;
    }
    List<WorkLocation> locations =
        List.of(
            new WorkLocation("LINCOLN-ES", "Lincoln Elementary"),
            new WorkLocation("DUSABLE-HS", "DuSable High School"),
            new WorkLocation("JUAREZ-HS", "Benito Juarez Community Academy"),
            new WorkLocation("NETWORK-9", "Network 9 Office"),
            new WorkLocation("CENTRAL", "Central Office"));
    List<JobClass> jobs =
        List.of(
            new JobClass("TEACHER", "Classroom teacher", "Docente de aula"),
            new JobClass("PARA", "Paraprofessional", "Paraprofesional"),
            new JobClass("CLINICIAN", "Clinician", "Personal clínico"),
            new JobClass("CLERK", "School clerk", "Secretaría escolar"));
    locations.forEach(em::persist);
    jobs.forEach(em::persist);

    String demo = hashing.hash("demo");
    account("employee1", "Maria Lopez", demo, locations.get(0), jobs.get(0), Role.EMPLOYEE);
    account("employee2", "James Carter", demo, locations.get(1), jobs.get(1), Role.EMPLOYEE);
    account("employee3", "Aisha Johnson", demo, locations.get(2), jobs.get(2), Role.EMPLOYEE);
    account(
        "reviewer1",
        "Robert Chen",
        demo,
        locations.get(4),
        jobs.get(3),
        Role.EMPLOYEE,
        Role.REVIEWER);
    account(
        "reviewer2",
        "Linda Novak",
        demo,
        locations.get(4),
        jobs.get(3),
        Role.EMPLOYEE,
        Role.REVIEWER,
        Role.HR_LEAD);
    account("union1", "Sam Rivera", demo, locations.get(3), jobs.get(0), Role.UNION_REP);
    account("admin", "Site Administrator", demo, locations.get(4), jobs.get(3), Role.ADMIN);
    // Colleagues who cannot sign in (disabled), so that the statistics have realistic numbers.
    Random random = new Random(2021);
    List<String> staff = new java.util.ArrayList<>();
    for (int i = 1; i <= STAFF; i++) {
      String username = String.format("staff%03d", i);
      UserAccount colleague =
          new UserAccount(
              username,
              "Demo colleague " + i,
              demo,
              locations.get(random.nextInt(locations.size())),
              jobs.get(random.nextInt(jobs.size())),
              Set.of(Role.EMPLOYEE));
      colleague.disable();
      em.persist(colleague);
      staff.add(username);
    }
    em.flush();

    String[] employees = {"employee1", "employee2", "employee3"};
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    for (int i = 0; i < DEMO_REQUESTS; i++) {
      String requester =
          i < 15 ? employees[i % employees.length] : staff.get(random.nextInt(staff.size()));
      Category category = Category.values()[i % Category.values().length];
      Instant submitted = now.minus(Duration.ofHours(6 + random.nextInt(24 * 120)));
      AccommodationRequest r =
          RequestIntake.submit(
              requester,
              details(category, submitted, random),
              locations.get(random.nextInt(locations.size())),
              jobs.get(random.nextInt(jobs.size())),
              submitted);
      // HR decides 2 to 21 days after filing; a few cases wait five weeks or more
      Duration toDecision =
          random.nextInt(100) < 6
              ? Duration.ofDays(35 + random.nextInt(60))
              : Duration.ofHours(24L * (2 + random.nextInt(20)) + random.nextInt(24));
      Instant decisionAt = submitted.plus(toDecision);
      drive(
          r,
          demoStatus(category, decisionAt.isBefore(now), random),
          requester,
          submitted,
          decisionAt,
          now,
          random);
      r.keepTime(deadlines.current());
      em.persist(r);
    }
    // seeded without the ledger: the statistics cubes are to be built from the requests
    em.flush();
    em.createNativeQuery("UPDATE stats_cube_state SET complete_before = 0 WHERE id = 1")
        .executeUpdate();
    LOG.info(
        "Demo data seeded: 7 accounts, " + STAFF + " colleagues, " + DEMO_REQUESTS + " requests");
  }

  private void account(
      String username,
      String name,
      String hash,
      WorkLocation location,
      JobClass job,
      String... roles) {
    UserAccount account = new UserAccount(username, name, hash, location, job, Set.of(roles));
    account.changeProfile(name, username + "@example.org", "en", location, job);
    em.persist(account);
  }

  private static RequestDetails details(Category category, Instant submitted, Random random) {
    LocalDate start = LocalDate.ofInstant(submitted, ZoneOffset.UTC).plusDays(7);
    ArrangementType type = ArrangementType.values()[random.nextInt(3)];
    return new RequestDetails(
        category,
        type,
        type == ArrangementType.PARTIAL_REMOTE ? 1 + random.nextInt(4) : null,
        type == ArrangementType.OTHER ? "Remote on days with in-person assemblies" : null,
        start,
        random.nextBoolean() ? start.plusMonths(4) : null,
        category == Category.OWN_CONDITION
            ? null
            : Relationship.values()[random.nextInt(Relationship.values().length)],
        category == Category.OWN_CONDITION ? null : Boolean.TRUE,
        category == Category.OWN_CONDITION
            ? "I cannot wear a mask for long periods and must avoid crowded rooms."
            : null,
        switch (category) {
          case OWN_CONDITION -> "My physician advises against in-person work this semester.";
          case PRIMARY_CAREGIVER -> "I am the only one who cares for my child after treatment.";
          case HOUSEHOLD_MEMBER -> "My father lives with me and is undergoing chemotherapy.";
        });
  }

  /**
   * A status for a demo request whose decision is {@code due} (its decision time has passed) or
   * not. As in the 2021 dispute, household-member requests are denied far more often than the
   * others: about 84 % of first decisions, so that about 75 % still stand after appeals (against
   * about 20 % for the other categories).
   */
  private static RequestStatus demoStatus(Category category, boolean due, Random random) {
    int roll = random.nextInt(100);
    if (!due) {
      return List.of(RequestStatus.SUBMITTED, RequestStatus.IN_REVIEW, RequestStatus.INFO_REQUESTED)
          .get(random.nextInt(3));
    }
    if (roll < 5) {
      return RequestStatus.WITHDRAWN;
    }
    int denyPercent = category == Category.HOUSEHOLD_MEMBER ? 84 : 22;
    int decided = random.nextInt(100);
    if (decided < denyPercent) {
      // a third of denied employees appeal
      return random.nextInt(3) == 0 ? RequestStatus.APPEALED : RequestStatus.DENIED;
    }
    return decided % 3 == 0 ? RequestStatus.APPROVED_WITH_CHANGES : RequestStatus.APPROVED;
  }

  /**
   * Walks the request through the workflow to the target status, as reviewers would: review starts
   * within a day or two, the decision comes at {@code decisionAt}; an appeal is filed within ten
   * days of a denial and decided two to three weeks later (upheld about two times in three), unless
   * that is still to come.
   */
  private static void drive(
      AccommodationRequest r,
      RequestStatus target,
      String requester,
      Instant submitted,
      Instant decisionAt,
      Instant now,
      Random random) {
    Actor employee = Actor.employee(requester);
    Actor first = Actor.reviewer(random.nextBoolean() ? "reviewer1" : "reviewer2");
    Actor second = Actor.reviewer(first.username().equals("reviewer1") ? "reviewer2" : "reviewer1");
    Instant reviewAt = submitted.plus(Duration.ofHours(1 + random.nextInt(40)));
    Instant t = reviewAt.isBefore(decisionAt) ? decisionAt : reviewAt.plus(Duration.ofHours(2));
    switch (target) {
      case SUBMITTED -> {}
      case WITHDRAWN -> r.withdraw(employee, "No longer needed.", t);
      default -> {
        r.startReview(first, reviewAt.isBefore(now) ? reviewAt : submitted.plusSeconds(60));
        switch (target) {
          case IN_REVIEW -> {}
          case INFO_REQUESTED ->
              r.requestInformation(
                  first,
                  "Which days of the week would you need?",
                  reviewAt.isBefore(now) ? reviewAt.plusSeconds(600) : submitted.plusSeconds(120));
          case APPROVED -> r.approve(first, null, t);
          case APPROVED_WITH_CHANGES ->
              r.approveWithChanges(
                  first,
                  Arrangement.of(ArrangementType.PARTIAL_REMOTE, 2, null, "granted"),
                  "Two days remote fits the schedule.",
                  t);
          case DENIED ->
              r.deny(
                  first,
                  DENIAL_REASONS.get(random.nextInt(DENIAL_REASONS.size())),
                  "In-person instruction is required for this assignment.",
                  t);
          case APPEALED -> {
            r.deny(
                first,
                "ESSENTIAL_FUNCTIONS_REQUIRE_PRESENCE",
                "In-person instruction is required for this assignment.",
                t);
            Instant appealAt = t.plus(Duration.ofHours(24L * (1 + random.nextInt(10))));
            if (!appealAt.isBefore(now)) {
              return; // stays denied: the employee may still appeal
            }
            r.appeal(
                employee, "Other teachers in my grade teach remotely.", APPEAL_WINDOW, appealAt);
            Instant appealDecisionAt = appealAt.plus(Duration.ofDays(14 + random.nextInt(8)));
            if (appealDecisionAt.isBefore(now)) {
              r.startReview(second, appealAt.plus(Duration.ofDays(2)));
              if (random.nextInt(3) == 0) {
                r.approveWithChanges(
                    second,
                    Arrangement.of(ArrangementType.PARTIAL_REMOTE, 3, null, "granted"),
                    "Overturned in part on appeal.",
                    appealDecisionAt);
              } else {
                r.deny(
                    second,
                    "ESSENTIAL_FUNCTIONS_REQUIRE_PRESENCE",
                    "The first decision stands.",
                    appealDecisionAt);
              }
            }
          }
          default -> throw new IllegalStateException(target.name());
        }
      }
    }
  }
}
