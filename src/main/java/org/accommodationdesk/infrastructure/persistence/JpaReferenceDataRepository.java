package org.accommodationdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.accommodationdesk.domain.reference.JobClass;
import org.accommodationdesk.domain.reference.ReferenceDataRepository;
import org.accommodationdesk.domain.reference.WorkLocation;

/** Reference data in the relational database. */
@ApplicationScoped
public class JpaReferenceDataRepository implements ReferenceDataRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public List<WorkLocation> locations() {
    return em.createQuery("SELECT l FROM WorkLocation l ORDER BY l.name", WorkLocation.class)
        .getResultList();
  }

  @Override
  public List<JobClass> jobClasses() {
    return em.createQuery("SELECT j FROM JobClass j ORDER BY j.name", JobClass.class)
        .getResultList();
  }

  @Override
  public Optional<WorkLocation> findLocation(String code) {
    return Optional.ofNullable(em.find(WorkLocation.class, code));
  }

  @Override
  public Optional<JobClass> findJobClass(String code) {
    return Optional.ofNullable(em.find(JobClass.class, code));
  }
}
