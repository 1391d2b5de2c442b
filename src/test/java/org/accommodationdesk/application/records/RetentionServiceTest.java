package org.accommodationdesk.application.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.accommodationdesk.application.ledger.Canonical;
import org.accommodationdesk.application.ledger.InMemoryLedger;
import org.accommodationdesk.application.ledger.LedgerStore;
import org.accommodationdesk.application.memory.Desk;
import org.accommodationdesk.application.memory.Fields;
import org.accommodationdesk.application.memory.InMemoryAudit;
import org.accommodationdesk.application.requests.TransitionCommand;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.audit.AuditEntry;
import org.accommodationdesk.domain.records.HoldScope;
import org.accommodationdesk.domain.records.LegalHold;
import org.accommodationdesk.domain.request.Action;
import org.accommodationdesk.domain.request.InvalidInputException;
import org.accommodationdesk.infrastructure.crypto.LedgerKeys;
import org.accommodationdesk.infrastructure.crypto.Secret;
import org.junit.jupiter.api.Test;

/**
 * The purge's rules on the desk's in-memory requests: what is past its retention and by which rule,
 * what a hold keeps, what a purge removes and records, that nothing is purged twice, that a request
 * whose history does not verify is left alone, that the schedule is the administrator's.
 */
class RetentionServiceTest {
  static final Instant NOW = Instant.parse("2026-12-01T15:00:00Z");

  final Desk desk = new Desk(NOW);
  final InMemoryAudit audit = new InMemoryAudit();
  final org.accommodationdesk.application.ledger.Sealer sealer =
      LedgerKeys.of(Secret.demo("retention test"));
  final InMemoryLedger ledger = new InMemoryLedger(sealer);
  final RetentionService retention = new RetentionService();

  RetentionServiceTest() {
    Fields.set(retention, "requests", desk.requests);
    Fields.set(retention, "documents", desk.documents);
    Fields.set(retention, "letters", desk.letters);
    Fields.set(retention, "holds", desk.holds);
    Fields.set(retention, "referenceData", desk.referenceData);
    Fields.set(retention, "deadlines", desk.deadlines);
    Fields.set(retention, "audit", audit);
    Fields.set(retention, "ledger", ledger);
    Fields.set(retention, "sealer", sealer);
    Fields.set(retention, "currentUser", desk.user);
    Fields.set(retention, "clock", desk.clock);
  }

  long withdrawn(String employee) {
    long id = desk.file(employee).id();
    desk.as(employee, Role.EMPLOYEE, id, TransitionCommand.of(Action.WITHDRAW, "Not needed now."));
    return id;
  }

  Map<Long, RetentionService.Eligible> dryRun() {
    return retention.dryRun().stream()
        .collect(Collectors.toMap(RetentionService.Eligible::requestId, e -> e));
  }

  @Test
  void twoYearsAfterTheFinalDispositionTheContentGoesExceptWhatAHoldKeepsAndOnlyOnce() {
    long first = withdrawn("employee1");
    long second = withdrawn("employee2");
    long denied = desk.file("employee1").id();
    desk.review("reviewer1", denied, Action.START_REVIEW);
    desk.deny("reviewer1", denied);
    long open = desk.file("employee1").id();
    desk.holds.add(
        LegalHold.place(HoldScope.EMPLOYEE, "employee2", "Grievance", "G-1", "lead", NOW));

    desk.clock.set(NOW.plus(Duration.ofDays(2 * 365)));
    assertEquals(Map.of(), dryRun(), "a day short of 24 months: nothing yet");

    desk.clock.set(NOW.plus(Duration.ofDays(2 * 365 + 40)));
    Map<Long, RetentionService.Eligible> eligible = dryRun();
    assertEquals(java.util.Set.of(first, second, denied), eligible.keySet(), "not the open one");
    assertEquals("MEDICAL_24M", eligible.get(first).rule());
    assertEquals(LocalDate.of(2026, 12, 1), eligible.get(first).finalOn());
    assertEquals(LocalDate.of(2028, 12, 2), eligible.get(first).purgeableFrom());
    assertEquals(
        LocalDate.of(2026, 12, 16),
        eligible.get(denied).finalOn(),
        "when the appeal window closed");
    assertEquals(List.of(1L), eligible.get(second).heldBy());
    assertTrue(audit.entries.isEmpty(), "the dry run changes nothing");

    RetentionService.PurgeRun run = RetentionService.purgeAll(retention, "system");
    assertEquals(List.of(first, denied), run.purged());
    assertEquals(List.of(second), run.held());
    assertTrue(desk.holds.locks >= 1, "each batch takes turns with placing holds");
    var purged = desk.requests.find(first).orElseThrow();
    assertNull(purged.asked().getJustification());
    assertTrue(purged.getHistory().stream().allMatch(h -> h.getComment() == null));
    assertEquals("MEDICAL_24M", purged.getPurge().getPurgeRule().orElseThrow());
    assertNull(desk.requests.find(second).orElseThrow().getPurge().getPurgeRule().orElse(null));
    List<AuditEntry> records =
        audit.entries.stream()
            .filter(e -> e.getAction() == AuditEntry.Action.REQUEST_PURGED)
            .toList();
    assertEquals(
        List.of("request " + first, "request " + denied),
        records.stream().map(AuditEntry::getSubject).toList());
    assertTrue(
        records.get(0).getAfter().contains("\"rule\":\"MEDICAL_24M\""), records.get(0).getAfter());
    assertTrue(records.get(0).getAfter().contains("\"finalOn\":\"2026-12-01\""));

    assertEquals(List.of(), RetentionService.purgeAll(retention, "system").purged(), "never twice");
    assertEquals(2, audit.entries.size());
    assertTrue(desk.requests.find(open).orElseThrow().getPurge().getPurgeRule().isEmpty());
  }

  @Test
  void aRequestWhoseHistoryDoesNotMatchItsSealsIsNotPurged() {
    long id = withdrawn("employee1");
    String content =
        Canonical.historyWithoutDigest(
            id, 1, "SUBMIT", null, "SUBMITTED", "employee1", NOW, null, null, null);
    String text = Canonical.text("edited", null, null);
    ledger.put(
        new LedgerStore.Entry(
            LedgerStore.Source.HISTORY,
            1,
            id,
            1,
            1L,
            sealer.seal(
                Canonical.withDigest(content, sealer.textDigest(Canonical.text(null, null, null)))),
            sealer.textDigest(Canonical.text(null, null, null)),
            text,
            content));
    desk.clock.set(NOW.plus(Duration.ofDays(2 * 365 + 40)));
    RetentionService.PurgeRun run = RetentionService.purgeAll(retention, "system");
    assertEquals(List.of(id), run.refused());
    assertEquals(List.of(), run.purged());
    assertTrue(desk.requests.find(id).orElseThrow().getPurge().getPurgeRule().isEmpty());
  }

  @Test
  void theScheduleIsKeptInTheSettingsChangedWithAnAuditEntryAndRefusedBelowAYear() {
    desk.user.as("admin", Role.ADMIN);
    assertEquals(24, retention.schedule().medicalMonths());
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> retention.change(6));
    assertEquals("medicalMonths", refused.errors().get(0).field());
    assertTrue(audit.entries.isEmpty());
    assertEquals(36, retention.change(36).medicalMonths());
    assertEquals(36, retention.schedule().medicalMonths());
    assertEquals(AuditEntry.Action.RETENTION_CHANGED, audit.last().getAction());
    assertEquals(1, audit.entries.size());
    retention.change(36);
    assertEquals(1, audit.entries.size(), "no change, no entry");
    long id = withdrawn("employee1");
    desk.clock.set(NOW.plus(Duration.ofDays(2 * 365 + 40)));
    assertEquals(Map.of(), dryRun(), "36 months now");
    desk.clock.set(NOW.plus(Duration.ofDays(3 * 365 + 40)));
    assertEquals(java.util.Set.of(id), dryRun().keySet());
    assertEquals("MEDICAL_36M", dryRun().get(id).rule());
  }
}
