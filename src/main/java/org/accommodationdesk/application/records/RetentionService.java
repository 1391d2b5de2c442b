package org.accommodationdesk.application.records;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.accommodationdesk.application.accounts.AccountAdministration;
import org.accommodationdesk.application.accounts.CurrentUser;
import org.accommodationdesk.application.deadlines.CaseDeadlines;
import org.accommodationdesk.application.ledger.Canonical;
import org.accommodationdesk.application.ledger.LedgerStore;
import org.accommodationdesk.application.ledger.LedgerVerifier;
import org.accommodationdesk.application.ledger.Sealer;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.audit.AuditEntry;
import org.accommodationdesk.domain.audit.AuditLog;
import org.accommodationdesk.domain.deadline.BusinessCalendar;
import org.accommodationdesk.domain.records.Disposition;
import org.accommodationdesk.domain.records.LegalHold;
import org.accommodationdesk.domain.records.LegalHoldRepository;
import org.accommodationdesk.domain.records.RetentionSchedule;
import org.accommodationdesk.domain.reference.ReferenceDataRepository;
import org.accommodationdesk.domain.reference.Setting;
import org.accommodationdesk.domain.request.AccommodationRequest;
import org.accommodationdesk.domain.request.DecisionLetterRepository;
import org.accommodationdesk.domain.request.DocumentRepository;
import org.accommodationdesk.domain.request.RequestRepository;
import org.accommodationdesk.domain.request.RequestStatus;

/**
 * The retention schedule and the purge. A request whose disposition became final ({@link
 * Disposition}) longer ago than the schedule keeps medical content is purged, unless a legal hold
 * keeps it: its documents are removed and their key destroyed (crypto-shredding), its letters and
 * every free text removed; its skeleton stays, so that every statistic and the annual report are
 * unchanged. Each purge is recorded in the audit log (the rule, the day of the final disposition,
 * how many documents; never the content). A request whose history does not verify against its seals
 * is not purged (a purge must not hide an edit): it is reported instead.
 */
@Stateless
@DeclareRoles({Role.ADMIN, Role.HR_LEAD})
public class RetentionService {
  private static final Logger LOG = Logger.getLogger(RetentionService.class.getName());

  /** Requests looked at per transaction. */
  public static final int BATCH = 100;

  /** The actor recorded for purges by the daily work. */
  public static final String SCHEDULE = "system";

  @Inject private RequestRepository requests;
  @Inject private DocumentRepository documents;
  @Inject private DecisionLetterRepository letters;
  @Inject private LegalHoldRepository holds;
  @Inject private ReferenceDataRepository referenceData;
  @Inject private CaseDeadlines deadlines;
  @Inject private AuditLog audit;
  @Inject private LedgerStore ledger;
  @Inject private Sealer sealer;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;
  @Resource private SessionContext context;

  /**
   * A request past its retention, or close to it.
   *
   * @param finalOn the day its disposition became final
   * @param purgeableFrom the first day it may be purged
   * @param rule the rule that makes it eligible
   * @param heldBy the holds in force that keep it (empty: it will be purged)
   */
  public record Eligible(
      long requestId,
      RequestStatus status,
      LocalDate finalOn,
      LocalDate purgeableFrom,
      String rule,
      List<Long> heldBy)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    public Eligible {
      heldBy = List.copyOf(heldBy);
    }

    public boolean isHeld() {
      return !heldBy.isEmpty();
    }
  }

  /** What one purge did. */
  public record PurgeRun(List<Long> purged, List<Long> held, List<Long> refused)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    public PurgeRun {
      purged = List.copyOf(purged);
      held = List.copyOf(held);
      refused = List.copyOf(refused);
    }
  }

  /** One batch of a purge, and where the next one starts. */
  public record Batch(
      long lastId, int looked, List<Long> purged, List<Long> held, List<Long> refused) {}

  /** The schedule in force. */
  @RolesAllowed({Role.ADMIN, Role.HR_LEAD})
  public RetentionSchedule schedule() {
    return current();
  }

  private RetentionSchedule current() {
    return referenceData
        .findSetting(Setting.RETENTION_MEDICAL_MONTHS)
        .map(s -> new RetentionSchedule(Integer.parseInt(s.getValue())))
        .orElse(RetentionSchedule.DEFAULT);
  }

  /**
   * Changes the schedule for every node at once (written to the audit log).
   *
   * @throws org.accommodationdesk.domain.request.InvalidInputException when the months are out of
   *     range
   */
  @RolesAllowed(Role.ADMIN)
  public RetentionSchedule change(Integer medicalMonths) {
    RetentionSchedule next = RetentionSchedule.of(medicalMonths);
    RetentionSchedule before = current();
    if (before.equals(next)) {
      return next;
    }
    String value = String.valueOf(next.medicalMonths());
    referenceData
        .findSetting(Setting.RETENTION_MEDICAL_MONTHS)
        .ifPresentOrElse(
            s -> s.change(value),
            () -> referenceData.add(new Setting(Setting.RETENTION_MEDICAL_MONTHS, value)));
    audit.append(
        new AuditEntry(
            clock.instant(),
            currentUser.username(),
            AuditEntry.Action.RETENTION_CHANGED,
            "retention schedule",
            AccountAdministration.json(Map.of("medicalMonths", before.medicalMonths())),
            AccountAdministration.json(Map.of("medicalMonths", next.medicalMonths()))));
    return next;
  }

  /**
   * The dry run: every request past its retention today, with the rule that makes it eligible and
   * the holds that keep it, without changing anything.
   */
  @RolesAllowed(Role.ADMIN)
  public List<Eligible> dryRun() {
    List<Eligible> all = new ArrayList<>();
    long after = 0;
    RetentionSchedule schedule = current();
    for (List<Long> ids = candidates(schedule, after);
        !ids.isEmpty();
        ids = candidates(schedule, after)) {
      for (Long id : ids) {
        requests.find(id).flatMap(r -> eligible(schedule, r)).ifPresent(all::add);
        after = id;
      }
    }
    return all;
  }

  private List<Long> candidates(RetentionSchedule schedule, long after) {
    LocalDate today = deadlines.today();
    Instant before =
        today
            .minusMonths(schedule.medicalMonths())
            .atStartOfDay(deadlines.calendar().zone())
            .toInstant();
    return requests.purgeCandidates(before, after, BATCH);
  }

  private Optional<Eligible> eligible(RetentionSchedule schedule, AccommodationRequest r) {
    BusinessCalendar calendar = deadlines.calendar();
    Optional<LocalDate> finalOn =
        Disposition.finalAt(r, deadlines.appealWindow()).map(calendar::dateOf);
    LocalDate today = calendar.dateOf(clock.instant());
    if (r.getPurge().getPurgedAt().isPresent() || !schedule.pastRetention(finalOn, today)) {
      return Optional.empty();
    }
    List<Long> heldBy =
        holds.holding(r.getId(), r.getRequester(), r.getWorkLocation().getCode()).stream()
            .map(LegalHold::getId)
            .toList();
    return Optional.of(
        new Eligible(
            r.getId(),
            r.getStatus(),
            finalOn.get(),
            schedule.purgeableFrom(finalOn.get()),
            schedule.medicalRule(),
            heldBy));
  }

  /**
   * Purges the eligible requests among the next {@link #BATCH} candidates after {@code afterId}, in
   * one transaction (the daily work's step; an administrator's {@link #purgeNow}).
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Batch purgeBatch(long afterId, String by) {
    holds.lockAgainstPurge();
    RetentionSchedule schedule = current(); // read once per batch, not once per request
    List<Long> ids = candidates(schedule, afterId);
    List<Long> purged = new ArrayList<>();
    List<Long> held = new ArrayList<>();
    List<Long> refused = new ArrayList<>();
    long last = afterId;
    for (Long id : ids) {
      last = id;
      AccommodationRequest r = requests.find(id).orElse(null);
      Optional<Eligible> e = r == null ? Optional.empty() : eligible(schedule, r);
      if (e.isEmpty()) {
        continue;
      }
      if (e.get().isHeld()) {
        held.add(id);
      } else if (!historyVerifies(id)) {
        refused.add(id);
        LOG.warning(
            () ->
                "Request "
                    + id
                    + " is past its retention but not purged: its history does not match its"
                    + " seals (run Verify on the admin page)");
      } else {
        purge(r, e.get(), by);
        purged.add(id);
      }
    }
    return new Batch(last, ids.size(), purged, held, refused);
  }

  private boolean historyVerifies(long requestId) {
    String empty = sealer.textDigest(Canonical.text(null, null, null));
    for (LedgerStore.Entry entry : ledger.historyOf(requestId)) {
      if (LedgerVerifier.problemOf(entry, sealer, empty, false).isPresent()) {
        return false;
      }
    }
    return true;
  }

  private void purge(AccommodationRequest r, Eligible e, String by) {
    Instant now = clock.instant();
    int removedDocuments = documents.shred(r.getId());
    int removedLetters = letters.removeFor(r.getId());
    r.purgeMedicalContent(e.rule(), now);
    requests.store(r);
    Map<String, Object> what = new LinkedHashMap<>();
    what.put("rule", e.rule());
    what.put("finalOn", e.finalOn());
    what.put("documents", removedDocuments);
    what.put("letters", removedLetters);
    audit.append(
        new AuditEntry(
            now,
            by,
            AuditEntry.Action.REQUEST_PURGED,
            "request " + r.getId(),
            null,
            AccountAdministration.json(what)));
  }

  /** An administrator purges now what the daily work would purge today. */
  @RolesAllowed(Role.ADMIN)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public PurgeRun purgeNow() {
    return purgeAll(context.getBusinessObject(RetentionService.class), currentUser.username());
  }

  /** Every batch of a purge, each its own transaction, by {@code by}. */
  public static PurgeRun purgeAll(RetentionService self, String by) {
    List<Long> purged = new ArrayList<>();
    List<Long> held = new ArrayList<>();
    List<Long> refused = new ArrayList<>();
    long after = 0;
    while (true) {
      Batch b = self.purgeBatch(after, by);
      purged.addAll(b.purged());
      held.addAll(b.held());
      refused.addAll(b.refused());
      if (b.looked() == 0) {
        return new PurgeRun(purged, held, refused);
      }
      after = b.lastId();
    }
  }
}
