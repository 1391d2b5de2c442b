package org.accommodationdesk.application.deadlines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.accommodationdesk.application.memory.Deadlines;
import org.accommodationdesk.application.memory.Fields;
import org.accommodationdesk.application.memory.InMemoryAccounts;
import org.accommodationdesk.application.memory.InMemoryReferenceData;
import org.accommodationdesk.application.memory.InMemoryRequests;
import org.accommodationdesk.application.memory.InMemoryRevocationRecords;
import org.accommodationdesk.application.memory.InMemorySubmissionKeys;
import org.accommodationdesk.application.memory.MovableClock;
import org.accommodationdesk.application.notices.NoticeWriter;
import org.accommodationdesk.application.stats.Footprint;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.account.SignInRevocation;
import org.accommodationdesk.domain.account.UserAccount;
import org.accommodationdesk.domain.notice.NoticeKind;
import org.accommodationdesk.domain.reference.JobClass;
import org.accommodationdesk.domain.reference.WorkLocation;
import org.accommodationdesk.domain.request.AccommodationRequest;
import org.accommodationdesk.domain.request.Actor;
import org.accommodationdesk.domain.request.ArrangementType;
import org.accommodationdesk.domain.request.Category;
import org.accommodationdesk.domain.request.Relationship;
import org.accommodationdesk.domain.request.RequestDetails;
import org.accommodationdesk.domain.request.RequestIntake;
import org.accommodationdesk.domain.request.RequestStatus;
import org.junit.jupiter.api.Test;

/**
 * The daily round: reminders of answers due, appeal windows closing and approvals ending, each
 * once; the overdue digest for HR leads; expiry of ended approvals; old revocations and submission
 * keys forgotten. Against in-memory repositories whose queries follow the JPA ones.
 */
class DailyWorkTest {
  /** Wednesday 2 December 2026, 09:00 in Chicago. */
  static final Instant NOW = Instant.parse("2026-12-02T15:00:00Z");

  static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
  static final Actor EMPLOYEE = Actor.employee("employee1");
  static final Actor REVIEWER = Actor.reviewer("reviewer1");

  final InMemoryRequests requests = new InMemoryRequests();
  final InMemoryAccounts accounts = new InMemoryAccounts();
  final InMemoryReferenceData referenceData = new InMemoryReferenceData();
  final InMemoryRevocationRecords revocations = new InMemoryRevocationRecords();
  final InMemorySubmissionKeys keys = new InMemorySubmissionKeys();
  final MovableClock clock = new MovableClock(NOW);
  final CaseDeadlines deadlines = Deadlines.byDefault(referenceData, clock);
  final RecordingNotices notices = new RecordingNotices();
  final List<Footprint[]> ledger = new ArrayList<>();
  final DailyWork work = new DailyWork();

  /** The notices written, each reminder once per person, kind, request and date. */
  static final class RecordingNotices extends NoticeWriter {
    record Reminder(String recipient, NoticeKind kind, long requestId, LocalDate date) {}

    record Digest(List<String> recipients, NoticeKind kind, int count) {}

    final Set<Reminder> reminders = new HashSet<>();
    final List<Digest> digests = new ArrayList<>();

    @Override
    public boolean remindOnce(String recipient, NoticeKind kind, long requestId, LocalDate date) {
      return reminders.add(new Reminder(recipient, kind, requestId, date));
    }

    @Override
    public void digest(Collection<String> recipients, NoticeKind kind, int count) {
      digests.add(new Digest(List.copyOf(recipients), kind, count));
    }
  }

  DailyWorkTest() {
    accounts.add(
        new UserAccount("lead", "Lee", "h", null, null, Set.of(Role.REVIEWER, Role.HR_LEAD)));
    Fields.set(work, "answerReminderBusinessDays", 2);
    Fields.set(work, "appealReminderDays", 3);
    Fields.set(work, "approvalEndingDays", 30);
    Fields.set(work, "requests", requests);
    Fields.set(work, "accounts", accounts);
    Fields.set(work, "writer", notices);
    Fields.set(work, "deadlines", deadlines);
    Fields.set(work, "clock", clock);
    Fields.set(
        work,
        "ledger",
        (org.accommodationdesk.application.stats.StatisticsLedger)
            (before, after) -> ledger.add(new Footprint[] {before, after}));
    Fields.set(work, "revocations", revocations);
    Fields.set(work, "submissionKeys", keys);
  }

  /** A request filed at {@code at}, ending on {@code end}, with its clock kept. */
  AccommodationRequest filed(Instant at, LocalDate end) {
    AccommodationRequest r =
        RequestIntake.submit(
            "employee1",
            new RequestDetails(
                Category.HOUSEHOLD_MEMBER,
                ArrangementType.FULL_REMOTE,
                null,
                null,
                LocalDate.of(2026, 1, 5),
                end,
                Relationship.PARENT,
                true,
                null,
                null),
            new WorkLocation("LOC-1", "Lincoln Elementary"),
            new JobClass("TEACHER", "Classroom teacher"),
            at);
    return r;
  }

  AccommodationRequest kept(AccommodationRequest r) {
    r.keepTime(deadlines.current());
    return requests.put(r);
  }

  /** A request whose question was asked on {@code asked} at 09:00 Chicago time. */
  AccommodationRequest askedOn(LocalDate asked) {
    Instant at = asked.atTime(15, 0).toInstant(java.time.ZoneOffset.UTC);
    AccommodationRequest r = filed(at.minus(Duration.ofDays(1)), null);
    r.startReview(REVIEWER, at.minusSeconds(60));
    r.requestInformation(REVIEWER, "Which days?", at);
    return kept(r);
  }

  AccommodationRequest deniedAt(Instant at) {
    AccommodationRequest r = filed(at.minus(Duration.ofDays(2)), null);
    r.startReview(REVIEWER, at.minusSeconds(60));
    r.deny(REVIEWER, "HARDSHIP", "No", at);
    return kept(r);
  }

  AccommodationRequest approvedUntil(LocalDate end) {
    Instant at = NOW.minus(Duration.ofDays(60));
    AccommodationRequest r = filed(at, end);
    r.startReview(REVIEWER, at.plusSeconds(60));
    r.approve(REVIEWER, null, at.plusSeconds(120));
    return kept(r);
  }

  @Test
  void anAnswerDueWithinTwoBusinessDaysIsRemindedOnceForItsDay() {
    AccommodationRequest due = askedOn(LocalDate.of(2026, 11, 18)); // ten business days: today
    askedOn(LocalDate.of(2026, 11, 10)); // was due last week
    askedOn(LocalDate.of(2026, 11, 25)); // due 9 December
    assertEquals(TODAY, due.clock().answerBy());
    DailyWork.Outcome first = work.run();
    assertEquals(1, first.answerReminders());
    assertEquals(
        Set.of(
            new RecordingNotices.Reminder(
                "employee1", NoticeKind.ANSWER_REMINDER, due.getId(), TODAY)),
        notices.reminders);
    assertEquals(0, work.run().answerReminders(), "a second run reminds nobody twice");
  }

  @Test
  void anAnswerDueOnTheSecondBusinessDayIsRemindedAcrossTheWeekend() {
    clock.set(Instant.parse("2026-12-04T15:00:00Z")); // Friday
    askedOn(LocalDate.of(2026, 11, 24)); // due Tuesday 8 December
    assertEquals(1, work.run().answerReminders());
  }

  @Test
  void anAppealWindowClosingWithinThreeDaysIsRemindedWithItsLastDay() {
    AccommodationRequest closing = deniedAt(NOW.minus(Duration.ofDays(13)));
    deniedAt(NOW.minus(Duration.ofDays(5)));
    deniedAt(NOW.minus(Duration.ofDays(16))); // closed
    DailyWork.Outcome outcome = work.run();
    assertEquals(1, outcome.appealReminders());
    assertEquals(
        Set.of(
            new RecordingNotices.Reminder(
                "employee1",
                NoticeKind.APPEAL_REMINDER,
                closing.getId(),
                LocalDate.of(2026, 12, 4))),
        notices.reminders);
  }

  @Test
  void anAppealedDecisionIsNotRemindedOfItsWindow() {
    AccommodationRequest r = deniedAt(NOW.minus(Duration.ofDays(13)));
    r.appeal(EMPLOYEE, "I disagree", deadlines.appealWindow(), NOW.minus(Duration.ofDays(12)));
    assertEquals(0, work.run().appealReminders());
  }

  @Test
  void anApprovalEndingWithinThirtyDaysIsAnnouncedOnceWithItsEndDate() {
    AccommodationRequest ending = approvedUntil(TODAY.plusDays(30));
    approvedUntil(TODAY.plusDays(31));
    DailyWork.Outcome outcome = work.run();
    assertEquals(1, outcome.approvalsEnding());
    assertEquals(
        Set.of(
            new RecordingNotices.Reminder(
                "employee1", NoticeKind.APPROVAL_ENDING, ending.getId(), TODAY.plusDays(30))),
        notices.reminders);
    assertEquals(0, work.run().approvalsEnding());
  }

  @Test
  void activeHrLeadsGetADigestOfTheOverdueRequests() {
    kept(filed(NOW.minus(Duration.ofDays(30)), null));
    kept(filed(NOW.minus(Duration.ofDays(20)), null));
    kept(filed(NOW, null)); // not yet due
    DailyWork.Outcome outcome = work.run();
    assertEquals(2, outcome.overdue());
    assertEquals(
        List.of(new RecordingNotices.Digest(List.of("lead"), NoticeKind.OVERDUE_DIGEST, 2)),
        notices.digests);
  }

  @Test
  void noDigestIsWrittenWithoutOverdueRequestsOrWithoutAnActiveLead() {
    kept(filed(NOW, null));
    assertEquals(0, work.run().overdue());
    assertTrue(notices.digests.isEmpty());
    kept(filed(NOW.minus(Duration.ofDays(30)), null));
    accounts.find("lead").orElseThrow().disable();
    assertEquals(1, work.run().overdue(), "counted all the same");
    assertTrue(notices.digests.isEmpty());
  }

  @Test
  void theRunIsForTodayInTheOrganisationsTimeZone() {
    clock.set(Instant.parse("2026-12-03T03:00:00Z")); // 21:00 on 2 December in Chicago
    assertEquals(TODAY, work.run().day());
  }

  @Test
  void revocationsOlderThanTwoDaysAndSubmissionKeysOlderThanADayAreForgotten() {
    revocations.store(new SignInRevocation("old", NOW.minus(Duration.ofDays(3))));
    revocations.store(new SignInRevocation("recent", NOW.minus(Duration.ofDays(1))));
    keys.add("employee1", "old", "f", 1, NOW.minus(Duration.ofHours(25)));
    keys.add("employee1", "recent", "f", 2, NOW.minus(Duration.ofHours(23)));
    work.run();
    assertEquals(
        List.of("recent"), revocations.stored.stream().map(SignInRevocation::getUsername).toList());
    assertTrue(keys.find("employee1", "old").isEmpty());
    assertTrue(keys.find("employee1", "recent").isPresent());
  }

  @Test
  void approvalsWhoseEndDateHasPassedExpireAndAreCounted() {
    AccommodationRequest ended = approvedUntil(TODAY.minusDays(1));
    AccommodationRequest endsToday = approvedUntil(TODAY);
    assertEquals(1, work.expireBatch());
    assertEquals(RequestStatus.EXPIRED, ended.getStatus());
    assertEquals(RequestStatus.APPROVED, endsToday.getStatus());
    assertEquals(ended.getRevision(), requests.storedRevision(ended.getId()).orElseThrow());
    assertEquals(1, ledger.size());
    assertEquals(Footprint.of(ended), ledger.get(0)[1]);
    assertEquals(0, work.expireBatch(), "none left");
  }

  @Test
  void approvalsExpireInBatchesOfTwoHundred() {
    for (int i = 0; i < DailyWork.EXPIRY_BATCH + 1; i++) {
      approvedUntil(TODAY.minusDays(1));
    }
    assertEquals(DailyWork.EXPIRY_BATCH, work.expireBatch());
    assertEquals(1, work.expireBatch());
  }
}
