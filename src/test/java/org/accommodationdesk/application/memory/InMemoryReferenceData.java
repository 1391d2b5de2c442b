package org.accommodationdesk.application.memory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.accommodationdesk.domain.reference.DenialReason;
import org.accommodationdesk.domain.reference.Holiday;
import org.accommodationdesk.domain.reference.JobClass;
import org.accommodationdesk.domain.reference.ListedReason;
import org.accommodationdesk.domain.reference.ReasonList;
import org.accommodationdesk.domain.reference.ReferenceDataRepository;
import org.accommodationdesk.domain.reference.Setting;
import org.accommodationdesk.domain.reference.WorkLocation;

/** Reference data in maps, listed in the database's orders. */
public class InMemoryReferenceData implements ReferenceDataRepository {
  private final Map<String, WorkLocation> locations = new LinkedHashMap<>();
  private final Map<String, JobClass> jobClasses = new LinkedHashMap<>();
  private final Map<String, DenialReason> reasons = new LinkedHashMap<>();
  private final Map<String, ListedReason> listed = new LinkedHashMap<>();
  private final Map<LocalDate, Holiday> holidays = new TreeMap<>();
  private final Map<String, Setting> settings = new HashMap<>();

  /** How many times pending changes were written. */
  public int flushes;

  @Override
  public List<WorkLocation> locations() {
    return locations.values().stream().sorted(Comparator.comparing(WorkLocation::getName)).toList();
  }

  @Override
  public List<JobClass> jobClasses() {
    return jobClasses.values().stream().sorted(Comparator.comparing(JobClass::getName)).toList();
  }

  @Override
  public Optional<WorkLocation> findLocation(String code) {
    return Optional.ofNullable(locations.get(code));
  }

  @Override
  public Optional<JobClass> findJobClass(String code) {
    return Optional.ofNullable(jobClasses.get(code));
  }

  @Override
  public void add(WorkLocation location) {
    requireNew(locations, location.getCode());
    locations.put(location.getCode(), location);
  }

  @Override
  public void add(JobClass jobClass) {
    requireNew(jobClasses, jobClass.getCode());
    jobClasses.put(jobClass.getCode(), jobClass);
  }

  @Override
  public List<DenialReason> denialReasons() {
    return reasons.values().stream()
        .sorted(
            Comparator.comparingInt(DenialReason::getPosition).thenComparing(DenialReason::getCode))
        .toList();
  }

  @Override
  public Optional<DenialReason> findDenialReason(String code) {
    return Optional.ofNullable(reasons.get(code));
  }

  @Override
  public void add(DenialReason reason) {
    requireNew(reasons, reason.getCode());
    reasons.put(reason.getCode(), reason);
  }

  @Override
  public List<ListedReason> reasons(ReasonList list) {
    return listed.values().stream()
        .filter(r -> r.getList() == list)
        .sorted(
            Comparator.comparingInt(ListedReason::getPosition).thenComparing(ListedReason::getCode))
        .toList();
  }

  @Override
  public Optional<ListedReason> findReason(ReasonList list, String code) {
    return Optional.ofNullable(code == null ? null : listed.get(code))
        .filter(r -> r.getList() == list);
  }

  @Override
  public boolean reasonCodeTaken(String code) {
    return listed.containsKey(code);
  }

  @Override
  public void add(ListedReason reason) {
    requireNew(listed, reason.getCode());
    listed.put(reason.getCode(), reason);
  }

  @Override
  public void flush() {
    flushes++;
  }

  @Override
  public Set<String> locationsServedBy(String username) {
    Set<String> codes = new HashSet<>();
    for (WorkLocation l : locations.values()) {
      if (l.getReviewers().contains(username)) {
        codes.add(l.getCode());
      }
    }
    return Set.copyOf(codes);
  }

  @Override
  public Map<String, Set<String>> reviewerLocations() {
    Map<String, Set<String>> map = new HashMap<>();
    for (WorkLocation l : locations.values()) {
      for (String r : l.getReviewers()) {
        map.computeIfAbsent(r, u -> new HashSet<>()).add(l.getCode());
      }
    }
    return map;
  }

  @Override
  public List<Holiday> holidays() {
    return List.copyOf(holidays.values());
  }

  @Override
  public Optional<Holiday> findHoliday(LocalDate day) {
    return Optional.ofNullable(holidays.get(day));
  }

  @Override
  public void add(Holiday holiday) {
    requireNew(holidays, holiday.getDay());
    holidays.put(holiday.getDay(), holiday);
  }

  @Override
  public void remove(Holiday holiday) {
    holidays.remove(holiday.getDay());
  }

  @Override
  public Optional<Setting> findSetting(String name) {
    return Optional.ofNullable(settings.get(name));
  }

  @Override
  public void add(Setting setting) {
    requireNew(settings, setting.getName());
    settings.put(setting.getName(), setting);
  }

  private static void requireNew(Map<?, ?> map, Object key) {
    if (map.containsKey(key)) {
      throw new IllegalStateException("duplicate key: " + key);
    }
  }
}
