package org.accommodationdesk.application.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.accommodationdesk.application.memory.Desk;
import org.accommodationdesk.application.memory.Fields;
import org.accommodationdesk.application.memory.InMemoryNotices;
import org.accommodationdesk.application.memory.RecordedEvents;
import org.accommodationdesk.application.requests.NewRequest;
import org.accommodationdesk.application.requests.RequestView;
import org.accommodationdesk.application.requests.TransitionCommand;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.account.UserAccount;
import org.accommodationdesk.domain.notice.MailState;
import org.accommodationdesk.domain.notice.Notice;
import org.accommodationdesk.domain.notice.NoticeKind;
import org.accommodationdesk.domain.request.Action;
import org.accommodationdesk.domain.request.ArrangementType;
import org.junit.jupiter.api.Test;

/**
 * Who is told what on each step of a case (the notices and the mail outbox): the steps are taken
 * through the request use cases, and the notice writer observes each one in its call, as in the
 * step's transaction.
 */
class NoticeWriterTest {
  /** Wednesday 2 December 2026, 09:00 in Chicago. */
  static final Instant NOW = Instant.parse("2026-12-02T15:00:00Z");

  static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  final Desk desk = new Desk(NOW);
  final InMemoryNotices notices = new InMemoryNotices();
  final RecordedEvents<NoticesWritten> mailWaiting = new RecordedEvents<>();
  final NoticeWriter writer = new NoticeWriter();

  NoticeWriterTest() {
    Fields.set(writer, "notices", notices);
    Fields.set(writer, "accounts", desk.accounts);
    Fields.set(writer, "referenceData", desk.referenceData);
    Fields.set(writer, "clock", desk.clock);
    Fields.set(writer, "deadlines", desk.deadlines);
    Fields.set(writer, "written", mailWaiting);
    Fields.set(writer, "mailHost", Optional.of("mail.example.org"));
    desk.steps.observedBy(writer::stepTaken);
  }

  /** The account gets a mail address. */
  void addressOf(String username) {
    UserAccount a = desk.accounts.find(username).orElseThrow();
    a.changeProfile(
        a.getDisplayName(), username + "@example.org", "en", a.getWorkLocation(), a.getJobClass());
  }

  /** The one notice written since {@code before} notices were. */
  Notice onlyNew(int before) {
    assertEquals(before + 1, notices.all.size(), notices.all.toString());
    return notices.all.get(before);
  }

  static void told(Notice n, String recipient, NoticeKind kind, long id, LocalDate date) {
    assertEquals(recipient, n.getRecipient(), "recipient");
    assertEquals(kind, n.getKind(), "kind");
    assertEquals(id, n.getRequestId(), "request");
    assertEquals(Optional.ofNullable(date), n.getDueDate(), "date");
  }

  // ---- who is told what -----------------------------------------------------------------------

  @Test
  void theEmployeeIsToldTheirRequestWasReceivedAndByWhenItIsToBeDecided() {
    RequestView filed = desk.file("employee1");
    Notice n = onlyNew(0);
    told(n, "employee1", NoticeKind.RECEIVED, filed.id(), filed.deadline().due());
    assertEquals(NOW, n.getCreatedAt());
    assertFalse(n.isRead());
  }

  @Test
  void whenTheEmployeeConfirmsAFilingTheUnionRepWhoFiledItIsToldAndTheEmployeeGetsTheReceipt() {
    desk.accounts.add(
        new UserAccount("union1", "Una Union", "hash", null, null, Set.of(Role.UNION_REP)));
    desk.user.as("union1", Role.UNION_REP);
    long id =
        desk.filing.fileFor(
            "employee1", new NewRequest(Desk.household(), null, null), "Asked at the office.");
    told(onlyNew(0), "employee1", NoticeKind.FILED_FOR_YOU, id, null);
    desk.as("employee1", Role.EMPLOYEE, id, TransitionCommand.of(Action.CONFIRM, null));
    assertEquals(3, notices.all.size(), notices.all.toString());
    told(notices.all.get(1), "union1", NoticeKind.CONFIRMED_FOR_UNION, id, null);
    Notice receipt = notices.all.get(2);
    told(receipt, "employee1", NoticeKind.RECEIVED, id, receipt.getDueDate().orElseThrow());
  }

  @Test
  void whenTheEmployeeConfirmsAnHrFilingTheReviewerWhoEnteredItIsTold() {
    desk.user.as("reviewer1", Role.REVIEWER);
    long id = desk.filing.fileFor("employee1", new NewRequest(Desk.household(), null, null), null);
    desk.as("employee1", Role.EMPLOYEE, id, TransitionCommand.of(Action.CONFIRM, null));
    told(notices.all.get(1), "reviewer1", NoticeKind.CONFIRMED, id, null);
    assertEquals(NoticeKind.RECEIVED, notices.all.get(2).getKind());
  }

  @Test
  void aFilerWhoMayNoLongerOpenTheRequestIsNotToldOfItsConfirmation() {
    desk.accounts.add(
        new UserAccount("union1", "Una Union", "hash", null, null, Set.of(Role.UNION_REP)));
    desk.user.as("union1", Role.UNION_REP);
    long byUnion =
        desk.filing.fileFor(
            "employee1", new NewRequest(Desk.household(), null, null), "Asked at the office.");
    desk.user.as("employee1", Role.EMPLOYEE);
    desk.service.shareWithUnion(byUnion, false); // the union no longer follows it
    desk.as("employee1", Role.EMPLOYEE, byUnion, TransitionCommand.of(Action.CONFIRM, null));
    assertTrue(
        notices.all.stream().noneMatch(n -> n.getRecipient().equals("union1")),
        notices.all.toString());

    desk.washington.changeReviewers(Set.of("reviewer1")); // reviewer1 now serves Washington only
    desk.user.as("reviewer1", Role.REVIEWER);
    long byHr =
        desk.filing.fileFor("employee1", new NewRequest(Desk.household(), null, null), null);
    desk.as("employee1", Role.EMPLOYEE, byHr, TransitionCommand.of(Action.CONFIRM, null));
    assertTrue(
        notices.all.stream().noneMatch(n -> n.getRecipient().equals("reviewer1")),
        "a case page they may not open: " + notices.all);
  }

  @Test
  void takingARequestIntoReviewTellsNobody() {
    long id = desk.file("employee1").id();
    desk.review("reviewer1", id, Action.START_REVIEW);
    assertEquals(1, notices.all.size(), "only the receipt");
  }

  @Test
  void aQuestionTellsTheEmployeeByWhenToAnswerAndTheAnswerTellsTheReviewerWhoAsked() {
    long id = desk.file("employee1").id();
    desk.review("reviewer1", id, Action.START_REVIEW);
    RequestView asked = desk.review("reviewer1", id, Action.REQUEST_INFO);
    told(onlyNew(1), "employee1", NoticeKind.QUESTION, id, asked.answerBy());

    desk.user.as("employee1", Role.EMPLOYEE);
    RequestView answered = desk.service.provideInformation(id, "Mondays", List.of(), null);
    told(onlyNew(2), "reviewer1", NoticeKind.ANSWERED, id, answered.deadline().due());
  }

  @Test
  void aDenialTellsTheEmployeeTheLastDayToAppealAndAnApprovalNoDay() {
    long denied = desk.file("employee1").id();
    desk.review("reviewer1", denied, Action.START_REVIEW);
    desk.deny("reviewer1", denied);
    // decided on 2 December: fifteen days to appeal, until 17 December in the organisation's zone
    told(onlyNew(1), "employee1", NoticeKind.DECIDED, denied, LocalDate.of(2026, 12, 17));

    long approved = desk.file("employee2").id();
    desk.review("reviewer1", approved, Action.START_REVIEW);
    desk.review("reviewer1", approved, Action.APPROVE);
    told(onlyNew(3), "employee2", NoticeKind.DECIDED, approved, null);
  }

  @Test
  void anAppealTellsEveryReviewerWhoMayTakeItButNotTheFirstDeciderAndItsDecisionTheEmployee() {
    long id = desk.file("employee1").id();
    desk.review("reviewer1", id, Action.START_REVIEW);
    desk.deny("reviewer1", id);
    desk.user.as("employee1", Role.EMPLOYEE);
    RequestView appealed = desk.service.appeal(id, "I disagree", List.of(), null);

    List<Notice> filed = notices.all.subList(2, notices.all.size());
    assertEquals(
        List.of("lead", "reviewer2"), filed.stream().map(Notice::getRecipient).toList(), "by name");
    for (Notice n : filed) {
      told(n, n.getRecipient(), NoticeKind.APPEAL_FILED, id, appealed.deadline().due());
    }

    desk.review("reviewer2", id, Action.START_REVIEW);
    desk.review("reviewer2", id, Action.APPROVE);
    told(onlyNew(4), "employee1", NoticeKind.APPEAL_DECIDED, id, null);
  }

  @Test
  void anHrLeadsAssignmentTellsTheReviewerByWhenToAct() {
    RequestView filed = desk.file("employee1");
    desk.user.as("lead", Role.REVIEWER, Role.HR_LEAD);
    desk.assignment.assign(List.of(filed.id()), "reviewer2");
    told(onlyNew(1), "reviewer2", NoticeKind.ASSIGNED, filed.id(), filed.firstActionDue());
  }

  @Test
  void acceptingAnArrangementGrantedWithChangesTellsTheReviewerWhoDecided() {
    long id = desk.file("employee1").id();
    desk.review("reviewer1", id, Action.START_REVIEW);
    desk.as(
        "reviewer1",
        Role.REVIEWER,
        id,
        new TransitionCommand(
            Action.APPROVE_WITH_CHANGES, null, null, ArrangementType.PARTIAL_REMOTE, 2, null));
    desk.as("employee1", Role.EMPLOYEE, id, TransitionCommand.of(Action.ACCEPT, null));
    told(onlyNew(2), "reviewer1", NoticeKind.ACCEPTED, id, null);
  }

  @Test
  void aWithdrawalTellsTheReviewerWhoHadItAndNobodyWhenNobodyHad() {
    long taken = desk.file("employee1").id();
    desk.review("reviewer1", taken, Action.START_REVIEW);
    desk.as("employee1", Role.EMPLOYEE, taken, TransitionCommand.of(Action.WITHDRAW, "not needed"));
    told(onlyNew(1), "reviewer1", NoticeKind.WITHDRAWN, taken, null);

    long waiting = desk.file("employee2").id();
    desk.as(
        "employee2", Role.EMPLOYEE, waiting, TransitionCommand.of(Action.WITHDRAW, "not needed"));
    assertEquals(3, notices.all.size(), "only the second receipt");
  }

  // ---- mail -----------------------------------------------------------------------------------

  @Test
  void aNoticeIsMailedWhenMailIsOnAndItsRecipientHasAnAddress() {
    addressOf("employee1");
    desk.file("employee1");
    assertEquals(MailState.PENDING, notices.all.get(0).getMailState());
    assertEquals(Optional.of(NOW), notices.all.get(0).getNextAttemptAt(), "due at once");
    assertEquals(1, mailWaiting.fired.size(), "the outbox is woken");

    desk.file("employee2");
    assertEquals(MailState.NONE, notices.all.get(1).getMailState(), "no address: the page only");
    UserAccount blank = desk.accounts.find("employee2").orElseThrow();
    blank.changeProfile("Eli", " ", "en", desk.washington, desk.clerk);
    desk.file("employee2");
    assertEquals(MailState.NONE, notices.all.get(2).getMailState(), "a blank address is none");
    assertEquals(1, mailWaiting.fired.size(), "nothing to send");
  }

  @Test
  void withoutAMailServerOrWithABlankOneNothingIsMailed() {
    addressOf("employee1");
    for (Optional<String> host : List.of(Optional.<String>empty(), Optional.of(" "))) {
      Fields.set(writer, "mailHost", host);
      desk.file("employee1");
    }
    assertTrue(notices.all.stream().allMatch(n -> n.getMailState() == MailState.NONE));
    assertEquals(2, notices.all.size(), "each notice is written all the same");
    assertTrue(mailWaiting.fired.isEmpty());
  }

  @Test
  void oneStepTellingSeveralPeopleWakesTheOutboxWhenAnyOfThemHasMail() {
    addressOf("lead"); // first by name; reviewer2, who comes after, has no address
    long id = desk.file("employee1").id();
    desk.review("reviewer1", id, Action.START_REVIEW);
    desk.deny("reviewer1", id);
    desk.user.as("employee1", Role.EMPLOYEE);
    desk.service.appeal(id, "I disagree", List.of(), null);
    assertEquals(MailState.PENDING, notices.to("lead").get(0).getMailState());
    assertEquals(MailState.NONE, notices.to("reviewer2").get(0).getMailState());
    assertEquals(1, mailWaiting.fired.size());
  }

  // ---- reminders and digests (written by the daily round) -------------------------------------

  @Test
  void aReminderIsWrittenOnceForAPersonKindRequestAndDate() {
    addressOf("employee1");
    LocalDate due = LocalDate.of(2026, 12, 4);
    assertTrue(writer.remindOnce("employee1", NoticeKind.ANSWER_REMINDER, 7, due));
    assertFalse(writer.remindOnce("employee1", NoticeKind.ANSWER_REMINDER, 7, due), "once");
    assertEquals(1, mailWaiting.fired.size(), "the first one is mailed");
    assertTrue(writer.remindOnce("employee1", NoticeKind.ANSWER_REMINDER, 7, due.plusDays(1)));
    assertTrue(writer.remindOnce("employee2", NoticeKind.ANSWER_REMINDER, 7, due));
    assertEquals(3, notices.all.size());
    told(notices.all.get(0), "employee1", NoticeKind.ANSWER_REMINDER, 7, due);
    assertEquals(MailState.PENDING, notices.all.get(0).getMailState());
    assertEquals(MailState.NONE, notices.all.get(2).getMailState(), "employee2 has no address");
    assertEquals(2, mailWaiting.fired.size(), "not woken for employee2's");
  }

  @Test
  void aDeactivatedPersonsReminderIsNotMailed() {
    addressOf("employee1");
    desk.accounts.find("employee1").orElseThrow().disable();
    assertTrue(writer.remindOnce("employee1", NoticeKind.APPEAL_REMINDER, 7, TODAY));
    assertEquals(MailState.NONE, notices.all.get(0).getMailState());
    assertTrue(mailWaiting.fired.isEmpty());
  }

  @Test
  void aDigestTellsEachRecipientHowManyAndIsMailedToThoseWithAnAddress() {
    addressOf("lead");
    writer.digest(List.of("lead", "reviewer1"), NoticeKind.OVERDUE_DIGEST, 4);
    assertEquals(2, notices.all.size());
    for (Notice n : notices.all) {
      assertEquals(NoticeKind.OVERDUE_DIGEST, n.getKind());
      assertEquals(Optional.of(4), n.getItemCount());
      assertNull(n.getRequestId(), "about no one request");
    }
    assertEquals(MailState.PENDING, notices.to("lead").get(0).getMailState());
    assertEquals(MailState.NONE, notices.to("reviewer1").get(0).getMailState());
    assertEquals(1, mailWaiting.fired.size());

    writer.digest(List.of("reviewer1"), NoticeKind.OVERDUE_DIGEST, 2);
    assertEquals(1, mailWaiting.fired.size(), "nothing to mail: not woken");
  }
}
