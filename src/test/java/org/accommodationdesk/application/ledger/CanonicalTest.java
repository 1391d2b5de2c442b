package org.accommodationdesk.application.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * What a seal covers: every field of a history entry, of its decision, of an audit entry and of the
 * free text changes the canonical form (so a change to any of them breaks the seal), and times
 * count to the microsecond the databases keep, no finer.
 */
class CanonicalTest {
  static final Instant AT = Instant.parse("2026-11-02T10:00:00.123456Z");

  record H(
      long requestId,
      int seq,
      String action,
      String from,
      String to,
      String actor,
      Instant at,
      Canonical.DecisionPart decision,
      String detailCode,
      LocalDate detailDate,
      String digest) {
    String form() {
      return Canonical.history(
          requestId, seq, action, from, to, actor, at, decision, detailCode, detailDate, digest);
    }
  }

  static final Canonical.DecisionPart DECISION =
      new Canonical.DecisionPart(
          "INITIAL", "APPROVED_WITH_CHANGES", "OTHER", "PARTIAL_REMOTE", 2, "reviewer1", AT);

  static final H BASE =
      new H(
          7,
          3,
          "APPROVE_WITH_CHANGES",
          "IN_REVIEW",
          "APPROVED_WITH_CHANGES",
          "reviewer1",
          AT,
          DECISION,
          "CODE",
          LocalDate.of(2026, 12, 1),
          "d".repeat(64));

  @Test
  void everyFieldOfAHistoryEntryAndOfItsDecisionIsInItsForm() {
    List<Function<H, H>> changes = new ArrayList<>();
    changes.add(
        h ->
            new H(
                8,
                h.seq,
                h.action,
                h.from,
                h.to,
                h.actor,
                h.at,
                h.decision,
                h.detailCode,
                h.detailDate,
                h.digest));
    changes.add(
        h ->
            new H(
                h.requestId,
                4,
                h.action,
                h.from,
                h.to,
                h.actor,
                h.at,
                h.decision,
                h.detailCode,
                h.detailDate,
                h.digest));
    changes.add(
        h ->
            new H(
                h.requestId,
                h.seq,
                "DENY",
                h.from,
                h.to,
                h.actor,
                h.at,
                h.decision,
                h.detailCode,
                h.detailDate,
                h.digest));
    changes.add(
        h ->
            new H(
                h.requestId,
                h.seq,
                h.action,
                "SUBMITTED",
                h.to,
                h.actor,
                h.at,
                h.decision,
                h.detailCode,
                h.detailDate,
                h.digest));
    changes.add(
        h ->
            new H(
                h.requestId,
                h.seq,
                h.action,
                h.from,
                "DENIED",
                h.actor,
                h.at,
                h.decision,
                h.detailCode,
                h.detailDate,
                h.digest));
    changes.add(
        h ->
            new H(
                h.requestId,
                h.seq,
                h.action,
                h.from,
                h.to,
                "reviewer2",
                h.at,
                h.decision,
                h.detailCode,
                h.detailDate,
                h.digest));
    changes.add(
        h ->
            new H(
                h.requestId,
                h.seq,
                h.action,
                h.from,
                h.to,
                h.actor,
                h.at.plusNanos(1_000),
                h.decision,
                h.detailCode,
                h.detailDate,
                h.digest));
    changes.add(
        h ->
            new H(
                h.requestId,
                h.seq,
                h.action,
                h.from,
                h.to,
                h.actor,
                h.at,
                null,
                h.detailCode,
                h.detailDate,
                h.digest));
    changes.add(
        h ->
            new H(
                h.requestId,
                h.seq,
                h.action,
                h.from,
                h.to,
                h.actor,
                h.at,
                h.decision,
                "OTHER",
                h.detailDate,
                h.digest));
    changes.add(
        h ->
            new H(
                h.requestId,
                h.seq,
                h.action,
                h.from,
                h.to,
                h.actor,
                h.at,
                h.decision,
                h.detailCode,
                h.detailDate.plusDays(1),
                h.digest));
    changes.add(
        h ->
            new H(
                h.requestId,
                h.seq,
                h.action,
                h.from,
                h.to,
                h.actor,
                h.at,
                h.decision,
                h.detailCode,
                h.detailDate,
                "e".repeat(64)));
    Canonical.DecisionPart d = DECISION;
    for (Canonical.DecisionPart other :
        List.of(
            new Canonical.DecisionPart(
                "APPEAL",
                d.outcome(),
                d.reasonCode(),
                d.grantedType(),
                d.grantedDays(),
                d.decidedBy(),
                d.decidedAt()),
            new Canonical.DecisionPart(
                d.stage(),
                "DENIED",
                d.reasonCode(),
                d.grantedType(),
                d.grantedDays(),
                d.decidedBy(),
                d.decidedAt()),
            new Canonical.DecisionPart(
                d.stage(),
                d.outcome(),
                "UNDUE_HARDSHIP",
                d.grantedType(),
                d.grantedDays(),
                d.decidedBy(),
                d.decidedAt()),
            new Canonical.DecisionPart(
                d.stage(),
                d.outcome(),
                d.reasonCode(),
                "FULL_REMOTE",
                d.grantedDays(),
                d.decidedBy(),
                d.decidedAt()),
            new Canonical.DecisionPart(
                d.stage(),
                d.outcome(),
                d.reasonCode(),
                d.grantedType(),
                5,
                d.decidedBy(),
                d.decidedAt()),
            new Canonical.DecisionPart(
                d.stage(),
                d.outcome(),
                d.reasonCode(),
                d.grantedType(),
                d.grantedDays(),
                "reviewer2",
                d.decidedAt()),
            new Canonical.DecisionPart(
                d.stage(),
                d.outcome(),
                d.reasonCode(),
                d.grantedType(),
                d.grantedDays(),
                d.decidedBy(),
                d.decidedAt().plusSeconds(1)))) {
      changes.add(
          h ->
              new H(
                  h.requestId,
                  h.seq,
                  h.action,
                  h.from,
                  h.to,
                  h.actor,
                  h.at,
                  other,
                  h.detailCode,
                  h.detailDate,
                  h.digest));
    }
    HashSet<String> forms = new HashSet<>();
    forms.add(BASE.form());
    for (Function<H, H> change : changes) {
      forms.add(change.apply(BASE).form());
    }
    assertEquals(changes.size() + 1, forms.size(), "each change gives a form of its own");
  }

  @Test
  void timesCountToTheMicrosecondNoFiner() {
    H finer =
        new H(
            BASE.requestId,
            BASE.seq,
            BASE.action,
            BASE.from,
            BASE.to,
            BASE.actor,
            AT.plusNanos(999),
            BASE.decision,
            BASE.detailCode,
            BASE.detailDate,
            BASE.digest);
    assertEquals(BASE.form(), finer.form(), "below a microsecond the databases keep nothing");
    H before =
        new H(
            BASE.requestId,
            BASE.seq,
            BASE.action,
            BASE.from,
            BASE.to,
            BASE.actor,
            Instant.parse("1969-12-31T23:59:59.999999Z"),
            BASE.decision,
            BASE.detailCode,
            BASE.detailDate,
            BASE.digest);
    assertNotEquals(BASE.form(), before.form());
    assertEquals(-1L, Canonical.micros(Instant.parse("1969-12-31T23:59:59.999999Z")));
    assertEquals(1_000_001L, Canonical.micros(Instant.parse("1970-01-01T00:00:01.000001Z")));
    assertEquals(null, Canonical.micros(null));
  }

  @Test
  void everyFieldOfAnAuditEntryAndOfTheFreeTextIsInItsForm() {
    HashSet<String> forms = new HashSet<>();
    forms.add(Canonical.audit(1, AT, "admin", "HOLD_PLACED", "hold 1", "{}", "{\"a\":1}"));
    forms.add(Canonical.audit(2, AT, "admin", "HOLD_PLACED", "hold 1", "{}", "{\"a\":1}"));
    forms.add(
        Canonical.audit(
            1, AT.plusNanos(1_000), "admin", "HOLD_PLACED", "hold 1", "{}", "{\"a\":1}"));
    forms.add(Canonical.audit(1, AT, "lead", "HOLD_PLACED", "hold 1", "{}", "{\"a\":1}"));
    forms.add(Canonical.audit(1, AT, "admin", "HOLD_RELEASED", "hold 1", "{}", "{\"a\":1}"));
    forms.add(Canonical.audit(1, AT, "admin", "HOLD_PLACED", "hold 2", "{}", "{\"a\":1}"));
    forms.add(Canonical.audit(1, AT, "admin", "HOLD_PLACED", "hold 1", null, "{\"a\":1}"));
    forms.add(Canonical.audit(1, AT, "admin", "HOLD_PLACED", "hold 1", "{}", "{\"a\":2}"));
    assertEquals(8, forms.size());
    HashSet<String> texts = new HashSet<>();
    texts.add(Canonical.text("a", "b", "c"));
    texts.add(Canonical.text("x", "b", "c"));
    texts.add(Canonical.text("a", "x", "c"));
    texts.add(Canonical.text("a", "b", "x"));
    texts.add(Canonical.text("a", "b", null));
    assertEquals(5, texts.size());
    assertEquals("p|s", Canonical.link("p", "s"));
    assertEquals(
        Canonical.history(7, 3, "A", null, "B", "x", AT, null, null, null, "dd"),
        Canonical.withDigest(
            Canonical.historyWithoutDigest(7, 3, "A", null, "B", "x", AT, null, null, null), "dd"));
  }
}
