package org.accommodationdesk.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The statistics' query builder: values numbered in the order they stand, never in the text. */
class NativeSqlTest {

  @Test
  void conditionsAreJoinedByAndAndTheirValuesNumberedInOrder() {
    NativeSql q =
        NativeSql.select("r.category", "COUNT(*)")
            .from("accommodation_request r")
            .where("r.status IN ('SUBMITTED')")
            .where("r.submitted_at >= ?", "from")
            .whereGiven("r.category = ?", null)
            .whereGiven("r.work_location_code = ?", "LOC-1")
            .groupBy("r.category")
            .having("COUNT(*) > 0");
    assertEquals(
        "SELECT r.category, COUNT(*) FROM accommodation_request r"
            + " WHERE r.status IN ('SUBMITTED') AND r.submitted_at >= ?1"
            + " AND r.work_location_code = ?2 GROUP BY r.category HAVING COUNT(*) > 0",
        q.sql());
    assertEquals(List.of("from", "LOC-1"), q.values());
  }

  @Test
  void aQueryWithoutConditionsHasNoWhere() {
    assertEquals(
        "SELECT code, name FROM job_class",
        NativeSql.select("code", "name").from("job_class").sql());
  }

  @Test
  void valuesOfTheSelectAndOfAnInnerQueryComeBeforeTheOuterConditions() {
    NativeSql inner =
        NativeSql.select()
            .selectWith("CASE WHEN r.submitted_at >= ? THEN 0 ELSE 1 END AS age", List.of("d0"))
            .from("accommodation_request r")
            .where("r.category = ?", "OWN_CONDITION");
    NativeSql outer =
        NativeSql.select("age", "COUNT(*)").from(inner, "w").where("age < ?", 5).groupBy("age");
    assertEquals(
        "SELECT age, COUNT(*) FROM (SELECT CASE WHEN r.submitted_at >= ?1 THEN 0 ELSE 1 END AS age"
            + " FROM accommodation_request r WHERE r.category = ?2) w WHERE age < ?3 GROUP BY age",
        outer.sql());
    assertEquals(List.of("d0", "OWN_CONDITION", 5), outer.values());
  }

  @Test
  void aConditionMustHaveAValueForEachParameter() {
    NativeSql q = NativeSql.select("1").from("t");
    assertThrows(IllegalArgumentException.class, () -> q.where("a = ? AND b = ?", "only one"));
    assertThrows(IllegalArgumentException.class, () -> q.where("a = 1", "one too many"));
  }

  @Test
  void onlyTheApplicationsOwnCodesAreWrittenIntoTheText() {
    assertEquals(
        "SELECT n FROM stats_cube WHERE kind = 'JOB_CLASS'",
        NativeSql.select("n").from("stats_cube").whereCode("kind", "JOB_CLASS").sql());
    NativeSql q = NativeSql.select("n").from("stats_cube");
    assertThrows(IllegalArgumentException.class, () -> q.whereCode("kind", "X' OR '1'='1"));
    assertThrows(IllegalArgumentException.class, () -> q.whereCode("kind", "lower"));
  }
}
