package org.accommodationdesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accommodationdesk.domain.reference.DenialReason;
import org.accommodationdesk.domain.reference.Holiday;
import org.accommodationdesk.domain.reference.JobClass;
import org.accommodationdesk.domain.reference.Names;
import org.accommodationdesk.domain.reference.ServedLocations;
import org.accommodationdesk.domain.reference.Setting;
import org.accommodationdesk.domain.reference.WorkLocation;
import org.junit.jupiter.api.Test;

/** Reference data: names in both languages, what the audit log keeps of each, locations served. */
class ReferenceDataTest {
  @Test
  void aNameIsSpanishForSpanishReadersWhenThereIsOneElseEnglish() {
    Names both = new Names("Undue hardship", "Dificultad excesiva");
    assertEquals("Dificultad excesiva", both.in("es"));
    assertEquals("Undue hardship", both.in("en"));
    assertEquals("Undue hardship", both.in(null));
    Names english = new Names("Teacher", null);
    assertEquals("Teacher", english.in("es"), "no Spanish name: the English one");
    assertThrows(NullPointerException.class, () -> new Names(null, "Maestro"));
  }

  @Test
  void aRenamedReferenceIsNamedAnewInBothLanguages() {
    JobClass teacher = new JobClass("TEACHER", "Teacher", "Maestro");
    assertEquals("Maestro", teacher.name("es"));
    teacher.rename("Classroom teacher", null);
    assertEquals("Classroom teacher", teacher.getName());
    assertEquals(null, teacher.getNameEs());
    assertEquals("Classroom teacher", teacher.name("es"));
    assertEquals("Classroom teacher", new JobClass("T", "Classroom teacher").name("es"));
  }

  @Test
  void theAuditLogKeepsEachReferenceByItsKeyAndBothNames() {
    assertEquals(
        Map.of("code", "TEACHER", "name", "Teacher", "nameEs", "Maestro"),
        new JobClass("TEACHER", "Teacher", "Maestro").snapshot());
    assertEquals(
        List.of("day", "name", "nameEs"),
        List.copyOf(
            new Holiday(LocalDate.of(2026, 11, 26), "Thanksgiving", null).snapshot().keySet()));
    assertEquals(
        "2026-11-26",
        new Holiday(LocalDate.of(2026, 11, 26), "Thanksgiving", "Acción de Gracias")
            .snapshot()
            .get("day"));
    DenialReason reason = new DenialReason("UNDUE_HARDSHIP", "Undue hardship", "Dificultad", 2);
    Map<String, Object> s = reason.snapshot();
    assertEquals(List.of("code", "name", "nameEs", "inUse"), List.copyOf(s.keySet()));
    assertEquals("UNDUE_HARDSHIP", s.get("code"));
    assertEquals("Dificultad", s.get("nameEs"));
    assertEquals(true, s.get("inUse"));
  }

  @Test
  void aDenialReasonIsInUseUntilRetiredAndKeepsItsPlace() {
    DenialReason reason = new DenialReason("OTHER", "Other", null, 7);
    assertTrue(reason.isActive());
    assertEquals(7, reason.getPosition());
    assertEquals("OTHER", reason.getCode());
    reason.changeActive(false);
    assertFalse(reason.isActive());
    assertEquals(false, reason.snapshot().get("inUse"));
    reason.changeActive(true);
    assertTrue(reason.isActive());
  }

  @Test
  void aLocationKeepsItsReviewersSortedAndAsItsOwnCopy() {
    WorkLocation school = new WorkLocation("LOC-1", "Lincoln");
    assertEquals(Set.of(), school.getReviewers());
    Set<String> named = new HashSet<>(Set.of("zoe", "ann"));
    school.changeReviewers(named);
    named.add("mallory");
    assertEquals(List.of("ann", "zoe"), List.copyOf(school.getReviewers()));
    assertThrows(UnsupportedOperationException.class, () -> school.getReviewers().add("eve"));
    school.rename("Lincoln Elementary");
    assertEquals("Lincoln Elementary", school.getName());
    assertThrows(NullPointerException.class, () -> school.rename(null));
    assertThrows(NullPointerException.class, () -> new WorkLocation("LOC-2", null));
    assertEquals(
        Map.of("code", "LOC-1", "name", "Lincoln Elementary", "reviewers", List.of("ann", "zoe")),
        school.snapshot());
  }

  @Test
  void aSettingAlwaysHasAValue() {
    Setting minimum = new Setting(Setting.MINIMUM_CELL_SIZE, "11");
    assertEquals("minimum-cell-size", minimum.getName());
    assertEquals("11", minimum.getValue());
    minimum.change("20");
    assertEquals("20", minimum.getValue());
    assertThrows(NullPointerException.class, () -> minimum.change(null));
    assertThrows(NullPointerException.class, () -> new Setting("x", null));
  }

  @Test
  void aReviewerNamedForNoLocationServesThemAll() {
    ServedLocations all = new ServedLocations(Set.of());
    assertTrue(all.all());
    assertTrue(all.serves("LOC-9"));
    ServedLocations some = new ServedLocations(Set.of("LOC-1"));
    assertFalse(some.all());
    assertTrue(some.serves("LOC-1"));
    assertFalse(some.serves("LOC-2"));
  }
}
