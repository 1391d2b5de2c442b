package org.accommodationdesk.infrastructure.ledger;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PrePersist;
import org.accommodationdesk.application.ledger.Canonical;
import org.accommodationdesk.application.ledger.Sealer;
import org.accommodationdesk.domain.request.Arrangement;
import org.accommodationdesk.domain.request.Decision;
import org.accommodationdesk.domain.request.HistoryEntry;
import org.accommodationdesk.infrastructure.crypto.LedgerKeys;

/**
 * Seals every history entry as it is first stored, whichever use case wrote it (declared for {@link
 * HistoryEntry} in {@code META-INF/ledger-orm.xml}, so that the domain does not know about it).
 * Audit entries are sealed by {@code JpaAuditLog}, which has their id.
 */
public class SealListener {
  private static Sealer sealer() {
    return CDI.current().select(LedgerKeys.class).get();
  }

  @PrePersist
  void seal(HistoryEntry e) {
    Sealer sealer = sealer();
    String text = sealer.textDigest(text(e));
    e.applySeal(text, sealer.seal(content(e, text)));
  }

  /** The canonical text of a history entry, as {@link Canonical#text} reads it. */
  public static String text(HistoryEntry e) {
    Decision d = e.getDecision().orElse(null);
    return Canonical.text(
        e.getComment(),
        d == null ? null : d.getExplanation(),
        d == null ? null : grantedDescription(d));
  }

  private static String grantedDescription(Decision d) {
    Arrangement g = d.getGranted();
    return g == null ? null : g.getDescription();
  }

  /** The canonical content of a history entry with the given text digest. */
  public static String content(HistoryEntry e, String textDigest) {
    Decision d = e.getDecision().orElse(null);
    return Canonical.history(
        e.getRequestId(),
        e.getSequenceNumber(),
        e.getAction().name(),
        e.getFromStatus() == null ? null : e.getFromStatus().name(),
        e.getToStatus().name(),
        e.getActor(),
        e.getAt(),
        d == null
            ? null
            : new Canonical.DecisionPart(
                d.getStage().name(),
                d.getOutcome().name(),
                d.getReasonCode(),
                d.getGranted() == null ? null : d.getGranted().getType().name(),
                d.getGranted() == null ? null : d.getGranted().getRemoteDaysPerWeek(),
                d.getDecidedBy(),
                d.getDecidedAt()),
        e.getDetailCode().orElse(null),
        e.getDetailDate().orElse(null),
        textDigest);
  }
}
