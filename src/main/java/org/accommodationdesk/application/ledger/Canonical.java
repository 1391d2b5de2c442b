package org.accommodationdesk.application.ledger;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The canonical form of what a seal covers: every field in a fixed order, each written as its
 * length, a colon and its value (null as "-"), so that no two different entries have the same form.
 * Times are counted in microseconds since the epoch (what both databases keep). Free text is never
 * in the content itself, only its keyed digest: a purge removes the text and the seal still holds.
 */
public final class Canonical {
  private Canonical() {}

  /** What an entry's decision adds to its seal (its free text goes into the text digest). */
  public record DecisionPart(
      String stage,
      String outcome,
      String reasonCode,
      String grantedType,
      Integer grantedDays,
      String decidedBy,
      Instant decidedAt) {}

  /** The content of a history entry: {@link #historyWithoutDigest} and the text digest. */
  public static String history(
      long requestId,
      int sequenceNumber,
      String action,
      String fromStatus,
      String toStatus,
      String actor,
      Instant at,
      DecisionPart decision,
      String detailCode,
      LocalDate detailDate,
      String textDigest) {
    return withDigest(
        historyWithoutDigest(
            requestId,
            sequenceNumber,
            action,
            fromStatus,
            toStatus,
            actor,
            at,
            decision,
            detailCode,
            detailDate),
        textDigest);
  }

  /** A history entry's content without its last field, the text digest. */
  public static String withDigest(String historyWithoutDigest, String textDigest) {
    StringBuilder b = new StringBuilder(historyWithoutDigest);
    field(b, textDigest);
    return b.toString();
  }

  /** The content of a history entry but its text digest (see {@link #withDigest}). */
  public static String historyWithoutDigest(
      long requestId,
      int sequenceNumber,
      String action,
      String fromStatus,
      String toStatus,
      String actor,
      Instant at,
      DecisionPart decision,
      String detailCode,
      LocalDate detailDate) {
    StringBuilder b = new StringBuilder("history/1|");
    field(b, requestId);
    field(b, sequenceNumber);
    field(b, action);
    field(b, fromStatus);
    field(b, toStatus);
    field(b, actor);
    field(b, micros(at));
    if (decision == null) {
      field(b, null);
    } else {
      field(b, decision.stage());
      field(b, decision.outcome());
      field(b, decision.reasonCode());
      field(b, decision.grantedType());
      field(b, decision.grantedDays());
      field(b, decision.decidedBy());
      field(b, micros(decision.decidedAt()));
    }
    field(b, detailCode);
    field(b, detailDate);
    return b.toString();
  }

  /**
   * The free text of a history entry (its comment) and of its decision (the explanation, the
   * description of what was granted), for the text digest.
   */
  public static String text(String comment, String explanation, String grantedDescription) {
    StringBuilder b = new StringBuilder("text/1|");
    field(b, comment);
    field(b, explanation);
    field(b, grantedDescription);
    return b.toString();
  }

  /** The content of an audit entry. */
  public static String audit(
      long id,
      Instant at,
      String actor,
      String action,
      String subject,
      String before,
      String after) {
    StringBuilder b = new StringBuilder("audit/1|");
    field(b, id);
    field(b, micros(at));
    field(b, actor);
    field(b, action);
    field(b, subject);
    field(b, before);
    field(b, after);
    return b.toString();
  }

  /** What the chain's next value covers: the previous value and the entry's seal. */
  public static String link(String previous, String seal) {
    return previous + "|" + seal;
  }

  /** The chain's value before its first entry. */
  public static final String GENESIS = "0".repeat(64);

  static Long micros(Instant at) {
    return at == null
        ? null
        : Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000L);
  }

  private static void field(StringBuilder b, Object value) {
    if (value == null) {
      b.append('-');
    } else {
      String s = value.toString();
      b.append(s.length()).append(':').append(s);
    }
    b.append('|');
  }
}
