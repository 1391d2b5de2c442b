package org.accommodationdesk.application.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.accommodationdesk.application.memory.Desk;
import org.accommodationdesk.application.memory.Fields;
import org.accommodationdesk.application.memory.InMemoryAudit;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.audit.AuditEntry;
import org.accommodationdesk.domain.records.HoldNotFoundException;
import org.accommodationdesk.domain.records.HoldScope;
import org.accommodationdesk.domain.request.FieldError;
import org.accommodationdesk.domain.request.InvalidInputException;
import org.accommodationdesk.domain.request.StaleVersionException;
import org.junit.jupiter.api.Test;

/**
 * Legal holds as HR leads place and release them: only on what exists, each in the audit log, in
 * turn with the purge, released once and only at the version read; what a request's page shows.
 */
class LegalHoldServiceTest {
  static final Instant NOW = Instant.parse("2026-12-01T15:00:00Z");

  final Desk desk = new Desk(NOW);
  final InMemoryAudit audit = new InMemoryAudit();
  final LegalHoldService service = new LegalHoldService();

  LegalHoldServiceTest() {
    Fields.set(service, "holds", desk.holds);
    Fields.set(service, "requests", desk.requests);
    Fields.set(service, "accounts", desk.accounts);
    Fields.set(service, "referenceData", desk.referenceData);
    Fields.set(service, "audit", audit);
    Fields.set(service, "currentUser", desk.user);
    Fields.set(service, "clock", desk.clock);
  }

  @Test
  void aHoldIsPlacedOnlyOnWhatExistsAndEachIsInTheAuditLogInTurnWithThePurge() {
    long id = desk.file("employee1").id();
    desk.user.as("lead", Role.REVIEWER, Role.HR_LEAD);
    for (HoldScope scope : HoldScope.values()) {
      InvalidInputException e =
          assertThrows(
              InvalidInputException.class, () -> service.place(scope, "999", "A charge", "C-1"));
      assertEquals(
          List.of("hold.target.unknown." + scope.name()),
          e.errors().stream().map(FieldError::code).toList());
    }
    assertTrue(audit.entries.isEmpty(), "nothing placed, nothing recorded");

    var onRequest = service.place(HoldScope.REQUEST, "#" + id, "A charge", "EEOC 440-1");
    var onEmployee = service.place(HoldScope.EMPLOYEE, "employee2", "A grievance", "G-7");
    var onLocation = service.place(HoldScope.LOCATION, "LOC-1", "A lawsuit", "1:26-cv-9");
    assertEquals(String.valueOf(id), onRequest.target());
    assertEquals(3, desk.holds.locks, "each placement takes the purge's lock");
    assertEquals(3, audit.entries.size());
    AuditEntry placed = audit.entries.get(0);
    assertEquals(AuditEntry.Action.HOLD_PLACED, placed.getAction());
    assertEquals("lead", placed.getActor());
    assertEquals("hold " + onRequest.id(), placed.getSubject());
    assertTrue(placed.getAfter().contains("\"reference\":\"EEOC 440-1\""), placed.getAfter());
    assertEquals(
        List.of(onLocation.id(), onEmployee.id(), onRequest.id()),
        service.inForce().stream().map(LegalHoldService.HoldView::id).toList(),
        "newest first");
    assertEquals(
        List.of(onLocation.id(), onRequest.id()),
        service.holding(desk.requests.find(id).orElseThrow()).stream()
            .map(LegalHoldService.HoldView::id)
            .sorted(java.util.Comparator.reverseOrder())
            .toList(),
        "the request's own hold and its location's, not another employee's");
  }

  @Test
  void aHoldIsReleasedOnceAtTheVersionReadAndRecordedWithItsStateBefore() {
    desk.user.as("admin", Role.ADMIN);
    var hold = service.place(HoldScope.EMPLOYEE, "employee1", "A grievance", "G-7");
    InvalidInputException noVersion =
        assertThrows(InvalidInputException.class, () -> service.release(hold.id(), null));
    assertEquals("If-Match", noVersion.errors().get(0).field());
    assertThrows(StaleVersionException.class, () -> service.release(hold.id(), hold.version() + 1));
    assertThrows(HoldNotFoundException.class, () -> service.release(999, 0L));
    var released = service.release(hold.id(), hold.version());
    assertFalse(released.isInForce());
    assertEquals("admin", released.releasedBy());
    AuditEntry entry = audit.last();
    assertEquals(AuditEntry.Action.HOLD_RELEASED, entry.getAction());
    assertTrue(entry.getBefore().contains("\"inForce\":true"), entry.getBefore());
    assertTrue(entry.getAfter().contains("\"inForce\":false"), entry.getAfter());
    InvalidInputException twice =
        assertThrows(InvalidInputException.class, () -> service.release(hold.id(), hold.version()));
    assertEquals("hold.released", twice.errors().get(0).code());
    assertEquals(List.of(), service.inForce());
    assertEquals(
        List.of(hold.id()),
        service.recent(10).stream().map(LegalHoldService.HoldView::id).toList());
  }
}
