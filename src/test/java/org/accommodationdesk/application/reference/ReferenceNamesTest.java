package org.accommodationdesk.application.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.accommodationdesk.domain.reference.DenialReason;
import org.accommodationdesk.domain.reference.Holiday;
import org.accommodationdesk.domain.reference.JobClass;
import org.accommodationdesk.domain.reference.ReferenceDataRepository;
import org.accommodationdesk.domain.reference.Setting;
import org.accommodationdesk.domain.reference.WorkLocation;
import org.junit.jupiter.api.Test;

/** Reference data named in the reader's language, the code itself when it is unknown. */
class ReferenceNamesTest {
  int reads;
  final ReferenceNames names = new ReferenceNames();

  ReferenceNamesTest() throws ReflectiveOperationException {
    Field f = ReferenceNames.class.getDeclaredField("referenceData");
    f.setAccessible(true);
    f.set(names, new Stored());
  }

  @Test
  void aJobClassIsNamedInTheReadersLanguageOrEnglish() {
    assertEquals("Maestro", names.jobClass("TEACHER", "es"));
    assertEquals("Teacher", names.jobClass("TEACHER", "en"));
    assertEquals("Custodian", names.jobClass("CUSTODIAN", "es"), "no Spanish name");
    assertEquals(Map.of("TEACHER", "Maestro", "CUSTODIAN", "Custodian"), names.jobClasses("es"));
  }

  @Test
  void aDenialReasonIsNamedInTheReadersLanguage() {
    assertEquals("Dificultad excesiva", names.denialReason("UNDUE_HARDSHIP", "es"));
    assertEquals("Undue hardship", names.denialReason("UNDUE_HARDSHIP", "en"));
  }

  @Test
  void aLocationHasOneNameInEveryLanguage() {
    assertEquals("Lincoln Elementary", names.location("LOC-1"));
  }

  @Test
  void anUnknownCodeIsShownAsItselfAndNoneAsNothing() {
    assertEquals("GONE", names.jobClass("GONE", "en"));
    assertEquals("OLD_REASON", names.denialReason("OLD_REASON", "en"));
    assertEquals("LOC-9", names.location("LOC-9"));
    assertEquals("", names.jobClass(null, "en"));
    assertEquals("", names.denialReason(null, "en"));
    assertEquals("", names.location(null));
  }

  @Test
  void theNamesAreReadOncePerLanguage() {
    names.jobClass("TEACHER", "es");
    names.jobClass("CUSTODIAN", "es");
    names.denialReason("UNDUE_HARDSHIP", "es");
    names.denialReason("OTHER", "es");
    names.location("LOC-1");
    names.location("LOC-2");
    assertEquals(3, reads, "job classes, reasons and locations, each once");
    assertEquals("En espera", names.reason("AWAITING_MEDICAL", "es"));
    assertEquals("UNKNOWN", names.reason("UNKNOWN", "es"), "an unknown code is shown as it is");
    assertEquals(3 + 3, reads, "the reason lists are read once per language, each list once");
    names.reason("AWAITING_MEDICAL", "es");
    assertEquals(6, reads);
    names.jobClass("TEACHER", "en");
    assertEquals(7, reads, "another language is read on its own");
  }

  /** The stored reference data; only what the names read. */
  final class Stored implements ReferenceDataRepository {
    @Override
    public List<WorkLocation> locations() {
      reads++;
      return List.of(
          new WorkLocation("LOC-1", "Lincoln Elementary"), new WorkLocation("LOC-2", "Roosevelt"));
    }

    @Override
    public List<JobClass> jobClasses() {
      reads++;
      return List.of(
          new JobClass("TEACHER", "Teacher", "Maestro"), new JobClass("CUSTODIAN", "Custodian"));
    }

    @Override
    public List<DenialReason> denialReasons() {
      reads++;
      return List.of(
          new DenialReason("UNDUE_HARDSHIP", "Undue hardship", "Dificultad excesiva", 1),
          new DenialReason("OTHER", "Other", "Otro", 2));
    }

    @Override
    public Optional<WorkLocation> findLocation(String code) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<JobClass> findJobClass(String code) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void add(WorkLocation location) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void add(JobClass jobClass) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<DenialReason> findDenialReason(String code) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void add(DenialReason reason) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<org.accommodationdesk.domain.reference.ListedReason> reasons(
        org.accommodationdesk.domain.reference.ReasonList list) {
      reads++;
      return List.of(
          new org.accommodationdesk.domain.reference.ListedReason(
              list, "AWAITING_MEDICAL", "Waiting for medical documentation", "En espera", true, 1));
    }

    @Override
    public Optional<org.accommodationdesk.domain.reference.ListedReason> findReason(
        org.accommodationdesk.domain.reference.ReasonList list, String code) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean reasonCodeTaken(String code) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void add(org.accommodationdesk.domain.reference.ListedReason reason) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void flush() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Set<String> locationsServedBy(String username) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Map<String, Set<String>> reviewerLocations() {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Holiday> holidays() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Holiday> findHoliday(LocalDate day) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void add(Holiday holiday) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void remove(Holiday holiday) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Setting> findSetting(String name) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void add(Setting setting) {
      throw new UnsupportedOperationException();
    }
  }
}
