package org.accommodationdesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.accommodationdesk.domain.reference.JobClass;
import org.accommodationdesk.domain.reference.WorkLocation;
import org.accommodationdesk.domain.request.AccommodationRequest;
import org.accommodationdesk.domain.request.ArrangementType;
import org.accommodationdesk.domain.request.Category;
import org.accommodationdesk.domain.request.InvalidInputException;
import org.accommodationdesk.domain.request.Relationship;
import org.accommodationdesk.domain.request.RequestDetails;
import org.accommodationdesk.domain.request.RequestIntake;
import org.junit.jupiter.api.Test;

class RequestDetailsTest {
  static final LocalDate START = LocalDate.of(2021, 2, 8);

  static Set<String> fieldsWrongIn(RequestDetails d) {
    return d.problems().asList().stream().map(e -> e.field()).collect(Collectors.toSet());
  }

  @Test
  void ownConditionNeedsFunctionalLimitationsButNoRelationship() {
    RequestDetails d =
        new RequestDetails(
            Category.OWN_CONDITION,
            ArrangementType.FULL_REMOTE,
            null,
            null,
            START,
            null,
            null,
            null,
            " ",
            null);
    assertEquals(Set.of("functionalLimitations"), fieldsWrongIn(d));
  }

  /** Issue 21, finding 15: a typo of a year is refused on every channel, the page included. */
  @Test
  void datesOutsideTheYears1900To2999AreRefused() {
    RequestDetails typos =
        new RequestDetails(
            Category.OWN_CONDITION,
            ArrangementType.FULL_REMOTE,
            null,
            null,
            LocalDate.of(1, 1, 1),
            LocalDate.of(3000, 1, 1),
            null,
            null,
            "Cannot stand for long.",
            null);
    assertEquals(Set.of("startDate", "endDate"), fieldsWrongIn(typos));
    assertTrue(
        typos.problems().asList().stream().allMatch(e -> e.code().equals("dateRange")),
        "one code, for the pages' words");
    RequestDetails limits =
        new RequestDetails(
            Category.OWN_CONDITION,
            ArrangementType.FULL_REMOTE,
            null,
            null,
            RequestDetails.EARLIEST_DATE,
            RequestDetails.LATEST_DATE,
            null,
            null,
            "Cannot stand for long.",
            null);
    assertEquals(Set.of(), fieldsWrongIn(limits));
  }

  static RequestDetails ownCondition(String limitations, String justification) {
    return new RequestDetails(
        Category.OWN_CONDITION,
        ArrangementType.FULL_REMOTE,
        null,
        null,
        START,
        null,
        null,
        null,
        limitations,
        justification);
  }

  /** Text is text: tabs, line breaks and any language or emoji, but no control characters. */
  @Test
  void freeTextRefusesControlCharactersAndHalfSurrogates() {
    assertEquals(Set.of(), fieldsWrongIn(ownCondition("Línea uno\n\tdos 🙂", "Über \r\n ok")));
    for (String bad :
        new String[] {"a\u0000b", "bell\u0007", "esc\u001b[31m", "half \ud83d", "\ude42 low"}) {
      RequestDetails d = ownCondition("Fine.", bad);
      assertEquals(Set.of("justification"), fieldsWrongIn(d), bad);
      assertEquals("text.characters", d.problems().asList().get(0).code());
    }
    assertEquals(
        Set.of("functionalLimitations"),
        fieldsWrongIn(
            ownCondition(
                "x".repeat(org.accommodationdesk.domain.request.TextLimits.TEXT + 1), null)));
    assertEquals(
        Set.of(),
        fieldsWrongIn(
            ownCondition("x".repeat(org.accommodationdesk.domain.request.TextLimits.TEXT), null)));
  }

  @Test
  void householdMemberNeedsRelationshipAndAPositiveAttestation() {
    RequestDetails d =
        new RequestDetails(
            Category.HOUSEHOLD_MEMBER,
            ArrangementType.FULL_REMOTE,
            null,
            null,
            START,
            null,
            null,
            false,
            null,
            null);
    assertEquals(Set.of("relationship", "attestation"), fieldsWrongIn(d));
  }

  @Test
  void partialRemoteNeedsOneToFourDays() {
    for (Integer days : new Integer[] {null, 0, 5}) {
      RequestDetails d =
          new RequestDetails(
              Category.PRIMARY_CAREGIVER,
              ArrangementType.PARTIAL_REMOTE,
              days,
              null,
              START,
              null,
              Relationship.CHILD,
              true,
              null,
              null);
      assertEquals(Set.of("remoteDaysPerWeek"), fieldsWrongIn(d), "days=" + days);
    }
  }

  @Test
  void otherArrangementNeedsADescriptionAndDatesMustBeInOrder() {
    RequestDetails d =
        new RequestDetails(
            Category.PRIMARY_CAREGIVER,
            ArrangementType.OTHER,
            null,
            "",
            START,
            START.minusDays(1),
            Relationship.CHILD,
            true,
            null,
            null);
    assertEquals(Set.of("arrangementDescription", "endDate"), fieldsWrongIn(d));
  }

  @Test
  void emptyInputNamesEveryRequiredField() {
    RequestDetails d =
        new RequestDetails(null, null, null, null, null, null, null, null, null, null);
    assertEquals(Set.of("category", "arrangement", "startDate"), fieldsWrongIn(d));
  }

  @Test
  void submittingInvalidDetailsIsRefusedWithEveryProblem() {
    RequestDetails d =
        new RequestDetails(null, null, null, null, null, null, null, null, null, null);
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                RequestIntake.submit(
                    "employee1", d, null, new JobClass("T", "Teacher"), Instant.EPOCH));
    assertTrue(e.errors().stream().anyMatch(x -> x.field().equals("workLocation")));
    assertEquals(4, e.errors().size());
  }

  @Test
  void fieldsThatDoNotBelongToTheCategoryAreNotKept() {
    RequestDetails d =
        new RequestDetails(
            Category.OWN_CONDITION,
            ArrangementType.PARTIAL_REMOTE,
            2,
            "ignored for partial",
            START,
            null,
            Relationship.PARENT,
            true,
            "Cannot stand for long periods.",
            null);
    AccommodationRequest r =
        RequestIntake.submit(
            "employee1",
            d,
            new WorkLocation("L", "School"),
            new JobClass("T", "Teacher"),
            Instant.EPOCH);
    assertNull(r.asked().getRelationship());
    assertNull(r.asked().getAttestation());
    assertEquals(2, r.asked().getArrangement().getRemoteDaysPerWeek());
    assertEquals("Cannot stand for long periods.", r.asked().getFunctionalLimitations());
  }

  /**
   * A reviewer granting "other" without describing it is told about the arrangement granted, not
   * the one "you need"; the field keeps the API's name.
   */
  @Test
  void aGrantedArrangementWithoutItsDescriptionIsNamedAsGranted() {
    InvalidInputException granted =
        assertThrows(
            InvalidInputException.class,
            () ->
                org.accommodationdesk.domain.request.Arrangement.granted(
                    ArrangementType.OTHER, null, " "));
    assertEquals(1, granted.errors().size());
    assertEquals("arrangementDescription", granted.errors().get(0).field());
    assertEquals("grantedArrangementDescription", granted.errors().get(0).code());

    InvalidInputException needed =
        assertThrows(
            InvalidInputException.class,
            () ->
                org.accommodationdesk.domain.request.Arrangement.of(
                    ArrangementType.OTHER, null, " ", "arrangement"));
    assertEquals("arrangementDescription", needed.errors().get(0).code());
  }

  @Test
  void theAttestationAskedForIsTheOneOfTheCategory() {
    for (Category c : new Category[] {Category.PRIMARY_CAREGIVER, Category.HOUSEHOLD_MEMBER}) {
      RequestDetails d =
          new RequestDetails(
              c,
              ArrangementType.FULL_REMOTE,
              null,
              null,
              START,
              null,
              Relationship.CHILD,
              false,
              null,
              null);
      String message =
          d.problems().asList().stream()
              .filter(e -> e.field().equals("attestation"))
              .findFirst()
              .orElseThrow()
              .message();
      assertEquals(
          c == Category.PRIMARY_CAREGIVER
              ? "you must attest that you are the primary caregiver"
              : "you must attest that the household member is at high risk",
          message);
    }
  }
}
