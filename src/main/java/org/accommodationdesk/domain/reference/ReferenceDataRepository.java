package org.accommodationdesk.domain.reference;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Work locations, job classes, denial reasons and settings changed at run time. */
public interface ReferenceDataRepository {
  List<WorkLocation> locations();

  List<JobClass> jobClasses();

  Optional<WorkLocation> findLocation(String code);

  Optional<JobClass> findJobClass(String code);

  void add(WorkLocation location);

  void add(JobClass jobClass);

  /** Every denial reason, in use or retired, in the reviewers' order. */
  List<DenialReason> denialReasons();

  Optional<DenialReason> findDenialReason(String code);

  void add(DenialReason reason);

  /** Every reason of a list, in use or retired, in the list's order. */
  List<ListedReason> reasons(ReasonList list);

  /** A reason of that list; empty when the code is not one of its reasons. */
  Optional<ListedReason> findReason(ReasonList list, String code);

  /** Whether any list has a reason with this code (codes are unique across the lists). */
  boolean reasonCodeTaken(String code);

  void add(ListedReason reason);

  /** Writes pending changes now, so that versions are the stored ones. */
  void flush();

  /** The codes of the locations this reviewer was named for (empty: named for none). */
  Set<String> locationsServedBy(String username);

  /**
   * Each reviewer named for some locations, with their codes (reviewers named for none: absent).
   */
  java.util.Map<String, Set<String>> reviewerLocations();

  /** The holidays of the business calendar, by day. */
  List<Holiday> holidays();

  Optional<Holiday> findHoliday(java.time.LocalDate day);

  void add(Holiday holiday);

  void remove(Holiday holiday);

  Optional<Setting> findSetting(String name);

  void add(Setting setting);
}
