package org.accommodationdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.accommodationdesk.domain.reference.DenialReason;
import org.accommodationdesk.domain.reference.Holiday;
import org.accommodationdesk.domain.reference.JobClass;
import org.accommodationdesk.domain.reference.ListedReason;
import org.accommodationdesk.domain.reference.ReasonList;
import org.accommodationdesk.domain.reference.ReferenceDataRepository;
import org.accommodationdesk.domain.reference.Setting;
import org.accommodationdesk.domain.reference.WorkLocation;

/** Reference data and settings in the relational database. */
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
    return em.createQuery("SELECT j FROM JobClass j ORDER BY j.names.name", JobClass.class)
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

  @Override
  public void add(WorkLocation location) {
    em.persist(location);
    em.flush(); // its stored version, for the answer's ETag
  }

  @Override
  public void add(JobClass jobClass) {
    em.persist(jobClass);
    em.flush();
  }

  @Override
  public List<DenialReason> denialReasons() {
    return em.createQuery(
            "SELECT d FROM DenialReason d ORDER BY d.position, d.code", DenialReason.class)
        .getResultList();
  }

  @Override
  public Optional<DenialReason> findDenialReason(String code) {
    return Optional.ofNullable(em.find(DenialReason.class, code));
  }

  @Override
  public List<Holiday> holidays() {
    return em.createQuery("SELECT h FROM Holiday h ORDER BY h.day", Holiday.class).getResultList();
  }

  @Override
  public Optional<Holiday> findHoliday(java.time.LocalDate day) {
    return Optional.ofNullable(em.find(Holiday.class, day));
  }

  @Override
  public void add(Holiday holiday) {
    em.persist(holiday);
  }

  @Override
  public void remove(Holiday holiday) {
    em.remove(holiday);
  }

  @Override
  public void add(DenialReason reason) {
    em.persist(reason);
    em.flush();
  }

  @Override
  public List<ListedReason> reasons(ReasonList list) {
    return em.createQuery(
            "SELECT r FROM ListedReason r WHERE r.list = :l ORDER BY r.position, r.code",
            ListedReason.class)
        .setParameter("l", list)
        .getResultList();
  }

  @Override
  public Optional<ListedReason> findReason(ReasonList list, String code) {
    return Optional.ofNullable(code == null ? null : em.find(ListedReason.class, code))
        .filter(r -> r.getList() == list);
  }

  @Override
  public boolean reasonCodeTaken(String code) {
    return em.find(ListedReason.class, code) != null;
  }

  @Override
  public void add(ListedReason reason) {
    em.persist(reason);
    em.flush();
  }

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public Set<String> locationsServedBy(String username) {
    return Set.copyOf(
        em.createQuery(
                "SELECT l.code FROM WorkLocation l JOIN l.reviewers r WHERE r = :u", String.class)
            .setParameter("u", username)
            .getResultList());
  }

  @Override
  public java.util.Map<String, Set<String>> reviewerLocations() {
    java.util.Map<String, Set<String>> map = new java.util.HashMap<>();
    for (Object[] row :
        em.createQuery("SELECT r, l.code FROM WorkLocation l JOIN l.reviewers r", Object[].class)
            .getResultList()) {
      map.computeIfAbsent((String) row[0], u -> new java.util.HashSet<>()).add((String) row[1]);
    }
    return map;
  }

  @Override
  public Optional<Setting> findSetting(String name) {
    return Optional.ofNullable(em.find(Setting.class, name));
  }

  @Override
  public void add(Setting setting) {
    em.persist(setting);
  }
}
