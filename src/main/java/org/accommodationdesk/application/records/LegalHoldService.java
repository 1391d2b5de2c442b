package org.accommodationdesk.application.records;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.accommodationdesk.application.accounts.AccountAdministration;
import org.accommodationdesk.application.accounts.CurrentUser;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.account.UserAccountRepository;
import org.accommodationdesk.domain.audit.AuditEntry;
import org.accommodationdesk.domain.audit.AuditLog;
import org.accommodationdesk.domain.records.HoldNotFoundException;
import org.accommodationdesk.domain.records.HoldScope;
import org.accommodationdesk.domain.records.LegalHold;
import org.accommodationdesk.domain.records.LegalHoldRepository;
import org.accommodationdesk.domain.reference.ReferenceDataRepository;
import org.accommodationdesk.domain.request.AccommodationRequest;
import org.accommodationdesk.domain.request.FieldError;
import org.accommodationdesk.domain.request.InvalidInputException;
import org.accommodationdesk.domain.request.RequestRepository;

/**
 * Legal holds: HR leads and administrators place them on a request, an employee or a work location
 * (with a reason and a charge or case number) and release them; both are written to the audit log.
 * A hold in force keeps what it covers from any purge. Reviewers see the holds on a request they
 * may open (never the employee or the union).
 */
@Stateless
@DeclareRoles({Role.HR_LEAD, Role.ADMIN, Role.REVIEWER})
public class LegalHoldService {
  @Inject private LegalHoldRepository holds;
  @Inject private RequestRepository requests;
  @Inject private UserAccountRepository accounts;
  @Inject private ReferenceDataRepository referenceData;
  @Inject private AuditLog audit;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;

  /** A hold as shown. */
  public record HoldView(
      long id,
      long version,
      HoldScope scope,
      String target,
      String reason,
      String reference,
      String placedBy,
      Instant placedAt,
      String releasedBy,
      Instant releasedAt)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    public static HoldView of(LegalHold h) {
      return new HoldView(
          h.getId(),
          h.getVersion(),
          h.getScope(),
          h.getTarget(),
          h.getReason(),
          h.getReference(),
          h.getPlacedBy(),
          h.getPlacedAt(),
          h.getReleasedBy().orElse(null),
          h.getReleasedAt().orElse(null));
    }

    public boolean isInForce() {
      return releasedAt == null;
    }
  }

  /**
   * Places a hold.
   *
   * @throws InvalidInputException naming each field that is wrong, or a target that does not exist
   */
  @RolesAllowed({Role.HR_LEAD, Role.ADMIN})
  public HoldView place(HoldScope scope, String target, String reason, String reference) {
    LegalHold hold =
        LegalHold.place(scope, target, reason, reference, currentUser.username(), clock.instant());
    boolean exists =
        switch (hold.getScope()) {
          case REQUEST -> requestExists(hold.getTarget());
          case EMPLOYEE -> accounts.exists(hold.getTarget());
          case LOCATION -> referenceData.findLocation(hold.getTarget()).isPresent();
        };
    if (!exists) {
      throw new InvalidInputException(
          List.of(
              new FieldError(
                  "target",
                  "hold.target.unknown." + hold.getScope().name(),
                  "there is no "
                      + switch (hold.getScope()) {
                        case REQUEST -> "request number ";
                        case EMPLOYEE -> "account with the user name ";
                        case LOCATION -> "work location with the code ";
                      }
                      + hold.getTarget())));
    }
    holds.lockAgainstPurge();
    holds.add(hold);
    audit.append(
        new AuditEntry(
            hold.getPlacedAt(),
            hold.getPlacedBy(),
            AuditEntry.Action.HOLD_PLACED,
            "hold " + hold.getId(),
            null,
            AccountAdministration.json(state(hold))));
    return HoldView.of(hold);
  }

  private boolean requestExists(String target) {
    try {
      return requests.find(Long.parseLong(target)).isPresent();
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static Map<String, Object> state(LegalHold h) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("scope", h.getScope().name());
    m.put("target", h.getTarget());
    m.put("reason", h.getReason());
    m.put("reference", h.getReference());
    m.put("inForce", h.inForce());
    return m;
  }

  /**
   * Releases a hold.
   *
   * @param expectedVersion the version the caller acted on
   * @throws InvalidInputException when no version is given, or the hold was released already
   * @throws HoldNotFoundException when there is no such hold
   * @throws org.accommodationdesk.domain.request.StaleVersionException when it changed since read
   */
  @RolesAllowed({Role.HR_LEAD, Role.ADMIN})
  public HoldView release(long id, Long expectedVersion) {
    if (expectedVersion == null) {
      throw new InvalidInputException(
          List.of(
              new FieldError(
                  "If-Match",
                  "hold.version",
                  "give the hold's version (its ETag or version) to release it")));
    }
    LegalHold hold = holds.find(id).orElseThrow(() -> new HoldNotFoundException(id));
    Map<String, Object> before = state(hold);
    if (!hold.inForce()) {
      throw new InvalidInputException(
          List.of(new FieldError("hold", "hold.released", "hold " + id + " was released already")));
    }
    hold.release(currentUser.username(), clock.instant(), expectedVersion);
    audit.append(
        new AuditEntry(
            hold.getReleasedAt().orElseThrow(),
            currentUser.username(),
            AuditEntry.Action.HOLD_RELEASED,
            "hold " + id,
            AccountAdministration.json(before),
            AccountAdministration.json(state(hold))));
    return HoldView.of(hold);
  }

  /** Holds in force, newest first. */
  @RolesAllowed({Role.HR_LEAD, Role.ADMIN})
  public List<HoldView> inForce() {
    return holds.inForce().stream().map(HoldView::of).toList();
  }

  /** The latest holds, in force or released, newest first. */
  @RolesAllowed({Role.HR_LEAD, Role.ADMIN})
  public List<HoldView> recent(int limit) {
    return holds.recent(Math.max(1, Math.min(limit, 500))).stream().map(HoldView::of).toList();
  }

  /** The holds in force on a request (for HR on the request's page). */
  @RolesAllowed({Role.REVIEWER, Role.HR_LEAD, Role.ADMIN})
  public List<HoldView> holding(AccommodationRequest r) {
    return holds.holding(r.getId(), r.getRequester(), r.getWorkLocation().getCode()).stream()
        .map(HoldView::of)
        .toList();
  }
}
