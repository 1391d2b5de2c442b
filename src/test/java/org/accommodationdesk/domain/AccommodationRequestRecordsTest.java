package org.accommodationdesk.domain;

import static org.accommodationdesk.domain.AccommodationRequestWorkflowTest.EMPLOYEE;
import static org.accommodationdesk.domain.AccommodationRequestWorkflowTest.OTHER_EMPLOYEE;
import static org.accommodationdesk.domain.AccommodationRequestWorkflowTest.REVIEWER1;
import static org.accommodationdesk.domain.AccommodationRequestWorkflowTest.REVIEWER2;
import static org.accommodationdesk.domain.AccommodationRequestWorkflowTest.SCHOOL;
import static org.accommodationdesk.domain.AccommodationRequestWorkflowTest.T0;
import static org.accommodationdesk.domain.AccommodationRequestWorkflowTest.TEACHER;
import static org.accommodationdesk.domain.AccommodationRequestWorkflowTest.WINDOW;
import static org.accommodationdesk.domain.AccommodationRequestWorkflowTest.household;
import static org.accommodationdesk.domain.AccommodationRequestWorkflowTest.inStatus;
import static org.accommodationdesk.domain.AccommodationRequestWorkflowTest.submitted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.accommodationdesk.domain.request.AccommodationRequest;
import org.accommodationdesk.domain.request.Action;
import org.accommodationdesk.domain.request.ActionNotPermittedException;
import org.accommodationdesk.domain.request.Actor;
import org.accommodationdesk.domain.request.ArrangementType;
import org.accommodationdesk.domain.request.Category;
import org.accommodationdesk.domain.request.FieldError;
import org.accommodationdesk.domain.request.HistoryEntry;
import org.accommodationdesk.domain.request.InvalidInputException;
import org.accommodationdesk.domain.request.Relationship;
import org.accommodationdesk.domain.request.RequestDetails;
import org.accommodationdesk.domain.request.RequestIntake;
import org.accommodationdesk.domain.request.RequestStatus;
import org.accommodationdesk.domain.request.TextLimits;
import org.accommodationdesk.domain.request.TransitionNotAllowedException;
import org.junit.jupiter.api.Test;

/**
 * What a request keeps of each step beyond its status: texts as written (stripped, limited), who
 * did what in the history, its revision, the union's access, letters issued, renewals.
 */
class AccommodationRequestRecordsTest {
  static final Instant T1 = T0.plusSeconds(60);
  static final String TOO_LONG = "x".repeat(TextLimits.TEXT + 1);
  static final String NOT_TEXT = "one\u0000two";

  static HistoryEntry last(AccommodationRequest r) {
    return r.getHistory().get(r.getHistory().size() - 1);
  }

  static void assertRefusedOnComment(Runnable step) {
    InvalidInputException e = assertThrows(InvalidInputException.class, step::run);
    assertEquals(List.of("comment"), e.errors().stream().map(FieldError::field).toList());
  }

  static AccommodationRequest inReview() {
    return inStatus(RequestStatus.IN_REVIEW);
  }

  @Test
  void aQuestionAnAnswerAndAnAppealAreKeptStrippedInTheHistory() {
    AccommodationRequest r = inReview();
    r.requestInformation(REVIEWER1, "  Which days?\n", T1);
    assertEquals("Which days?", last(r).getComment());
    r.provideInformation(EMPLOYEE, "\tMondays. ", T1);
    assertEquals("Mondays.", last(r).getComment());
    AccommodationRequest denied = inStatus(RequestStatus.DENIED);
    denied.appeal(EMPLOYEE, " I disagree. ", WINDOW, T1);
    assertEquals("I disagree.", last(denied).getComment());
  }

  @Test
  void aRequiredTextLongerThanTheLimitOrNotTextIsRefused() {
    AccommodationRequest r = inReview();
    assertRefusedOnComment(() -> r.requestInformation(REVIEWER1, TOO_LONG, T1));
    assertRefusedOnComment(() -> r.requestInformation(REVIEWER1, NOT_TEXT, T1));
    assertRefusedOnComment(() -> r.deny(REVIEWER1, "OTHER", TOO_LONG, T1));
    assertRefusedOnComment(() -> r.deny(REVIEWER1, "OTHER", NOT_TEXT, T1));
    assertEquals(RequestStatus.IN_REVIEW, r.getStatus(), "nothing happened");
    r.requestInformation(REVIEWER1, "y".repeat(TextLimits.TEXT), T1);
    assertEquals(TextLimits.TEXT, last(r).getComment().length(), "exactly the limit is fine");
  }

  @Test
  void anOptionalCommentIsStrippedBlankMeansNoneAndItIsLimitedToo() {
    AccommodationRequest approved = inReview();
    approved.approve(REVIEWER1, "  Granted as asked. ", T1);
    assertEquals(
        "Granted as asked.", approved.latestDecision().orElseThrow().getExplanation(), "kept");

    AccommodationRequest blank = inReview();
    blank.approve(REVIEWER1, "   ", T1);
    assertNull(blank.latestDecision().orElseThrow().getExplanation());
    AccommodationRequest withdrawn = submitted();
    withdrawn.withdraw(EMPLOYEE, " Sorted out. ", T1);
    assertEquals("Sorted out.", last(withdrawn).getComment());

    AccommodationRequest r = inReview();
    assertRefusedOnComment(() -> r.approve(REVIEWER1, TOO_LONG, T1));
    assertRefusedOnComment(() -> r.withdraw(EMPLOYEE, NOT_TEXT, T1));
    assertEquals(RequestStatus.IN_REVIEW, r.getStatus());
  }

  @Test
  void aDenialKeepsItsExplanationStripped() {
    AccommodationRequest r = inReview();
    r.deny(REVIEWER1, "UNDUE_HARDSHIP", "  Explained.  ", T1);
    assertEquals("Explained.", r.latestDecision().orElseThrow().getExplanation());
  }

  @Test
  void aJustificationIsKeptStrippedAndABlankOneIsNone() {
    RequestDetails d = household();
    RequestDetails withBlank =
        new RequestDetails(
            d.category(),
            d.arrangementType(),
            d.remoteDaysPerWeek(),
            d.arrangementDescription(),
            d.startDate(),
            d.endDate(),
            d.relationship(),
            d.attestation(),
            d.functionalLimitations(),
            "   ");
    assertNull(
        RequestIntake.submit("employee1", withBlank, SCHOOL, TEACHER, T0)
            .asked()
            .getJustification());
    assertEquals(
        "My father lives with me and is at high risk.", submitted().asked().getJustification());
    assertEquals(
        Relationship.PARENT, submitted().asked().getRelationship(), "about another person");
    assertEquals(Category.HOUSEHOLD_MEMBER, submitted().asked().getCategory());
    assertEquals(LocalDate.of(2021, 2, 8), submitted().asked().getStartDate());
    assertEquals("employee1", submitted().getRequester());
  }

  @Test
  void everyStepButADownloadMovesTheRevisionByOne() {
    AccommodationRequest r = submitted();
    long atFiling = r.getRevision();
    r.recordDocumentDownloaded(REVIEWER1, "letter.pdf", T1);
    assertEquals(atFiling, r.getRevision(), "a download changes nothing of the request");
    assertEquals(Action.DOCUMENT_DOWNLOADED, last(r).getAction());
    assertEquals("letter.pdf", last(r).getComment());
    r.recordDocumentAdded(EMPLOYEE, "note.pdf", T1);
    assertEquals(atFiling + 1, r.getRevision());
    r.startReview(REVIEWER1, T1);
    assertEquals(atFiling + 2, r.getRevision());
    List<Integer> numbers = r.getHistory().stream().map(HistoryEntry::getSequenceNumber).toList();
    assertEquals(List.of(1, 2, 3, 4), numbers, "the history is numbered one by one");
  }

  @Test
  void documentsAreAddedByTheRequesterWhileOpenAndDownloadedByTheRequesterOrHr() {
    AccommodationRequest r = submitted();
    assertThrows(
        ActionNotPermittedException.class, () -> r.recordDocumentAdded(REVIEWER1, "a.pdf", T1));
    assertThrows(
        ActionNotPermittedException.class,
        () -> r.recordDocumentDownloaded(OTHER_EMPLOYEE, "a.pdf", T1));
    AccommodationRequest approved = inStatus(RequestStatus.APPROVED);
    assertThrows(
        TransitionNotAllowedException.class,
        () -> approved.recordDocumentAdded(EMPLOYEE, "late.pdf", T1));
    int before = approved.getHistory().size();
    approved.recordDocumentDownloaded(EMPLOYEE, "a.pdf", T1);
    approved.recordDocumentDownloaded(REVIEWER2, "a.pdf", T1);
    assertEquals(before + 2, approved.getHistory().size(), "downloads at any status");
    assertEquals("reviewer2", last(approved).getActor());
  }

  @Test
  void onlyTheRequesterSharesWithTheUnionAndOnlyAChangeIsRecorded() {
    AccommodationRequest r = submitted();
    assertThrows(ActionNotPermittedException.class, () -> r.shareWithUnion(REVIEWER1, true, T1));
    assertThrows(
        ActionNotPermittedException.class, () -> r.shareWithUnion(OTHER_EMPLOYEE, true, T1));
    assertFalse(r.isSharedWithUnion());
    int before = r.getHistory().size();
    r.shareWithUnion(EMPLOYEE, false, T1);
    assertEquals(before, r.getHistory().size(), "not shared already: nothing to record");
    r.shareWithUnion(EMPLOYEE, true, T1);
    assertTrue(r.isSharedWithUnion());
    assertEquals(Action.UNION_ACCESS_GRANTED, last(r).getAction());
    r.shareWithUnion(EMPLOYEE, true, T1);
    assertEquals(before + 1, r.getHistory().size(), "shared already: nothing to record");
    r.shareWithUnion(EMPLOYEE, false, T1);
    assertFalse(r.isSharedWithUnion());
    assertEquals(Action.UNION_ACCESS_REVOKED, last(r).getAction());
  }

  @Test
  void onlyAReviewerAssignsAndGivingItToTheSameReviewerAgainChangesNothing() {
    AccommodationRequest r = submitted();
    assertThrows(
        ActionNotPermittedException.class, () -> r.assign(OTHER_EMPLOYEE, "reviewer1", T1));
    assertNull(r.getAssignedReviewer());
    Actor lead = Actor.reviewer("lead");
    assertTrue(r.assign(lead, "reviewer1", T1));
    assertEquals(Action.ASSIGN, last(r).getAction());
    assertEquals("reviewer1", last(r).getComment(), "the history names whom");
    assertEquals("lead", last(r).getActor(), "and who gave it");
    int before = r.getHistory().size();
    assertFalse(r.assign(lead, "reviewer1", T1));
    assertEquals(before, r.getHistory().size());
    assertThrows(
        TransitionNotAllowedException.class,
        () -> inStatus(RequestStatus.APPROVED).assign(lead, "reviewer1", T1),
        "a decided request is no longer assigned");
  }

  @Test
  void eachDecisionsLetterIsIssuedOnceByItsDecider() {
    AccommodationRequest r = inStatus(RequestStatus.DENIED);
    r.caseRecord().recordLetterIssued(T1);
    assertEquals(Action.LETTER_ISSUED, last(r).getAction());
    assertEquals("reviewer1", last(r).getActor());
    assertEquals(r.latestDecision(), last(r).getDecision());
    TransitionNotAllowedException twice =
        assertThrows(
            TransitionNotAllowedException.class, () -> r.caseRecord().recordLetterIssued(T1));
    assertTrue(twice.getMessage().contains("issued already"), twice.getMessage());

    r.appeal(EMPLOYEE, "Please reconsider.", WINDOW, T1);
    r.startReview(REVIEWER2, T1);
    r.approve(REVIEWER2, null, T1);
    r.caseRecord().recordLetterIssued(T1);
    assertEquals("reviewer2", last(r).getActor(), "the appeal decision has a letter of its own");

    assertThrows(
        TransitionNotAllowedException.class, () -> submitted().caseRecord().recordLetterIssued(T1));
  }

  @Test
  void anApprovalWithAnEndDateIsRenewableByItsRequesterFromThirtyDaysBeforeItEnds() {
    AccommodationRequest r = inStatus(RequestStatus.APPROVED); // ends 2021-06-30
    LocalDate end = LocalDate.of(2021, 6, 30);
    assertFalse(r.renewableBy("employee1", end.minusDays(31)), "too early");
    assertTrue(r.renewableBy("employee1", end.minusDays(30)), "thirty days before");
    assertTrue(r.renewableBy("employee1", end));
    assertFalse(r.renewableBy("employee2", end), "only its own requester");
    r.expire(end.plusDays(1), T1);
    assertTrue(r.renewableBy("employee1", end.plusDays(200)), "expired: renewable any time");
    assertFalse(inStatus(RequestStatus.DENIED).renewableBy("employee1", end), "not an approval");
    assertFalse(
        inStatus(RequestStatus.APPROVED_WITH_CHANGES).renewableBy("employee1", end.minusDays(31)));
    assertTrue(
        inStatus(RequestStatus.APPROVED_WITH_CHANGES).renewableBy("employee1", end.minusDays(1)));
  }

  @Test
  void anApprovalWithoutAnEndDateIsNeverRenewed() {
    RequestDetails d = household();
    RequestDetails open =
        new RequestDetails(
            Category.HOUSEHOLD_MEMBER,
            ArrangementType.FULL_REMOTE,
            null,
            null,
            d.startDate(),
            null,
            Relationship.PARENT,
            true,
            null,
            "No end.");
    AccommodationRequest r = RequestIntake.submit("employee1", open, SCHOOL, TEACHER, T0);
    r.startReview(REVIEWER1, T1);
    r.approve(REVIEWER1, null, T1);
    assertFalse(r.renewableBy("employee1", LocalDate.of(2100, 1, 1)));
  }

  @Test
  void aRenewalIsANewRequestOnlyWhenTheOriginalIsRenewable() {
    AccommodationRequest approved = inStatus(RequestStatus.APPROVED);
    LocalDate end = LocalDate.of(2021, 6, 30);
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                RequestIntake.renewal(
                    approved,
                    "employee1",
                    household(),
                    org.accommodationdesk.domain.request.Urgency.NONE,
                    SCHOOL,
                    TEACHER,
                    end.minusDays(60),
                    T1));
    assertEquals("renewalOf", refused.errors().get(0).field());
    assertTrue(refused.getMessage().contains("30 days before it ends"), refused.getMessage());
    AccommodationRequest renewal =
        RequestIntake.renewal(
            approved,
            "employee1",
            household(),
            org.accommodationdesk.domain.request.Urgency.NONE,
            SCHOOL,
            TEACHER,
            end.minusDays(10),
            T1);
    assertEquals(RequestStatus.SUBMITTED, renewal.getStatus());
    assertEquals("employee1", renewal.getRequester());
    assertEquals(T1, renewal.getSubmittedAt());
    assertEquals(Optional.ofNullable(approved.getId()), renewal.getRenewalOf());
  }

  @Test
  void theFirstDecisionKeepsItsDeciderAndTimeAndTheLatestItsOwn() {
    AccommodationRequest r = submitted();
    assertNull(r.outcomes().getLatestDecider());
    assertEquals(Optional.empty(), r.outcomes().getFirstDecisionSeconds());
    r.startReview(REVIEWER1, T0.plusSeconds(10));
    r.deny(REVIEWER1, "OTHER", "Because.", T0.plusSeconds(100));
    r.appeal(EMPLOYEE, "Please.", WINDOW, T0.plusSeconds(200));
    r.startReview(REVIEWER2, T0.plusSeconds(300));
    r.approve(REVIEWER2, null, T0.plusSeconds(400));
    assertEquals(Optional.of(100L), r.outcomes().getFirstDecisionSeconds());
    assertEquals("reviewer2", r.outcomes().getLatestDecider());
    assertEquals("reviewer1", r.outcomes().getFirstDecider());
    assertEquals("reviewer1", r.getDecisions().get(0).getDecidedBy());
    assertEquals(T0.plusSeconds(100), r.getDecisions().get(0).getDecidedAt());
  }

  @Test
  void everyRequestCarriesItsOwnRandomRecordKeyBelow2To31() {
    java.util.Set<Long> keys = new java.util.HashSet<>();
    for (int i = 0; i < 20; i++) {
      long key = submitted().getRecordKey();
      assertTrue(key >= 0 && key < (1L << 31), "in [0, 2^31): " + key);
      keys.add(key);
    }
    assertTrue(keys.size() > 15, "drawn at random, not fixed: " + keys);
  }
}
