package org.accommodationdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.Persistence;
import jakarta.persistence.RollbackException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.account.UserAccount;
import org.accommodationdesk.domain.reference.JobClass;
import org.accommodationdesk.domain.reference.WorkLocation;
import org.accommodationdesk.domain.request.AccommodationRequest;
import org.accommodationdesk.domain.request.Actor;
import org.accommodationdesk.domain.request.ArrangementType;
import org.accommodationdesk.domain.request.Category;
import org.accommodationdesk.domain.request.RequestDetails;
import org.accommodationdesk.domain.request.RequestIntake;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The version check, deterministically: two readers load the same version of a request, both change
 * it, the first commit wins and the second is refused. On a real H2 database built by the
 * application's migrations, with the application's mapping (EclipseLink, as in Payara).
 */
class VersionCheckIT {
  static final String URL = "jdbc:h2:mem:versioncheck;DB_CLOSE_DELAY=-1";
  static EntityManagerFactory emf;

  @BeforeAll
  static void database() {
    Flyway.configure()
        .dataSource(URL, "sa", "")
        .locations(org.accommodationdesk.infrastructure.startup.MigrationLocations.of(URL))
        .load()
        .migrate();
    emf =
        Persistence.createEntityManagerFactory(
            "accommodationdesk-it",
            Map.of(
                "eclipselink.persistencexml", "META-INF/persistence-it.xml",
                "jakarta.persistence.jdbc.url", URL,
                "jakarta.persistence.jdbc.user", "sa",
                "jakarta.persistence.jdbc.password", "",
                "jakarta.persistence.jdbc.driver", "org.h2.Driver"));
    inTransaction(
        em -> {
          WorkLocation location = new WorkLocation("VC-LOC", "Version Check Elementary");
          JobClass job = new JobClass("VC-JOB", "Tester");
          em.persist(location);
          em.persist(job);
          em.persist(
              new UserAccount(
                  "employee1", "Employee One", "unused", location, job, Set.of(Role.EMPLOYEE)));
        });
  }

  @AfterAll
  static void close() {
    emf.close();
  }

  static long newRequest() {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      AccommodationRequest r =
          RequestIntake.submit(
              "employee1",
              new RequestDetails(
                  Category.OWN_CONDITION,
                  ArrangementType.FULL_REMOTE,
                  null,
                  null,
                  java.time.LocalDate.of(2026, 3, 2),
                  null,
                  null,
                  null,
                  "Limitations.",
                  null),
              em.find(WorkLocation.class, "VC-LOC"),
              em.find(JobClass.class, "VC-JOB"),
              Instant.now());
      em.persist(r);
      em.getTransaction().commit();
      return r.getId();
    } finally {
      em.close();
    }
  }

  /** Both load the same version; the first writes; the second's write is refused. */
  static RollbackException secondWriteOfTheSameVersion(
      long id, Consumer<AccommodationRequest> first, Consumer<AccommodationRequest> second) {
    EntityManager a = emf.createEntityManager();
    EntityManager b = emf.createEntityManager();
    try {
      a.getTransaction().begin();
      b.getTransaction().begin();
      AccommodationRequest ra = a.find(AccommodationRequest.class, id);
      AccommodationRequest rb = b.find(AccommodationRequest.class, id);
      assertEquals(ra.getVersion(), rb.getVersion(), "both read one version");
      first.accept(ra);
      a.getTransaction().commit();
      second.accept(rb);
      return assertThrows(RollbackException.class, () -> b.getTransaction().commit());
    } finally {
      a.close();
      b.close();
    }
  }

  @Test
  void theSecondOfTwoDecisionsOnOneVersionIsRefused() {
    long id = newRequest();
    RollbackException refused =
        secondWriteOfTheSameVersion(
            id,
            r -> r.startReview(Actor.reviewer("reviewer1"), Instant.now()),
            r -> r.startReview(Actor.reviewer("reviewer2"), Instant.now()));
    assertInstanceOf(OptimisticLockException.class, refused.getCause());
    EntityManager em = emf.createEntityManager();
    AccommodationRequest stored = em.find(AccommodationRequest.class, id);
    assertEquals("reviewer1", stored.getAssignedReviewer());
    assertEquals(2, stored.getHistory().size(), "one start of review in the history");
    em.close();
  }

  /** Even two downloads meet the check, so history numbers stay unique and in order. */
  @Test
  void twoDownloadsOfOneVersionCannotBothTakeTheNextNumber() {
    long id = newRequest();
    RollbackException refused =
        secondWriteOfTheSameVersion(
            id,
            r -> r.recordDocumentDownloaded(Actor.reviewer("reviewer1"), "a.pdf", Instant.now()),
            r -> r.recordDocumentDownloaded(Actor.reviewer("reviewer2"), "a.pdf", Instant.now()));
    assertInstanceOf(OptimisticLockException.class, refused.getCause());
    EntityManager em = emf.createEntityManager();
    AccommodationRequest stored = em.find(AccommodationRequest.class, id);
    assertEquals(2, stored.getHistory().size());
    assertEquals(1, stored.getRevision(), "a download does not change what a reader saw");
    em.close();
  }

  static void inTransaction(Consumer<EntityManager> work) {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      work.accept(em);
      em.getTransaction().commit();
    } finally {
      em.close();
    }
  }
}
