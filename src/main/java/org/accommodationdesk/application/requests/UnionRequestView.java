package org.accommodationdesk.application.requests;

import java.time.Instant;
import java.util.List;
import org.accommodationdesk.domain.request.AccommodationRequest;
import org.accommodationdesk.domain.request.Action;
import org.accommodationdesk.domain.request.Arrangement;
import org.accommodationdesk.domain.request.ProxyFiling;

/**
 * What a union rep sees of a request that its employee chose to share: who filed it, its category,
 * status and timeline (steps without their messages, which may hold medical details; who acted only
 * as {@code EMPLOYEE}, {@code UNION} or {@code HR}), and each decision with its reason code and the
 * arrangement granted; whether the union filed it for the employee ({@code filedByUnion}) and
 * whether it still waits for the employee's confirmation. Never documents, limitations,
 * justification, explanations or any other free text, and never a reviewer's name.
 */
public record UnionRequestView(
    long id,
    String requesterName,
    String category,
    String status,
    String workLocationName,
    Instant submittedAt,
    List<Step> timeline,
    List<DecisionSummary> decisions,
    boolean filedByUnion,
    boolean awaitingConfirmation)
    implements java.io.Serializable {

  /** One step of the timeline; {@code actor} is {@code EMPLOYEE}, {@code UNION} or {@code HR}. */
  public record Step(String action, String from, String to, String actor, Instant at)
      implements java.io.Serializable {}

  /**
   * A decision: outcome, reason code, and the arrangement granted (its type and days; not its
   * description, which is the reviewer's free text).
   */
  public record DecisionSummary(
      String stage,
      String outcome,
      String reasonCode,
      String grantedType,
      Integer grantedRemoteDaysPerWeek,
      Instant decidedAt)
      implements java.io.Serializable {}

  /** A line of the union's list of shared requests. */
  public record Summary(
      long id,
      String requesterName,
      String category,
      String status,
      String workLocationName,
      Instant submittedAt)
      implements java.io.Serializable {}

  static Summary summary(AccommodationRequest r, String requesterName) {
    return new Summary(
        r.getId(),
        requesterName,
        r.asked().getCategory().name(),
        r.getStatus().name(),
        r.getWorkLocation().getName(),
        r.getSubmittedAt());
  }

  static UnionRequestView of(AccommodationRequest r, String requesterName) {
    return new UnionRequestView(
        r.getId(),
        requesterName,
        r.asked().getCategory().name(),
        r.getStatus().name(),
        r.getWorkLocation().getName(),
        r.getSubmittedAt(),
        r.getHistory().stream()
            // downloads, case-file exports and the reporting record are HR's record, not the
            // union's business
            .filter(
                h ->
                    h.getAction() != Action.DOCUMENT_DOWNLOADED
                        && h.getAction() != Action.CASE_FILE_EXPORTED
                        && !h.getAction().isHrOnly())
            .map(
                h ->
                    new Step(
                        h.getAction().name(),
                        h.getFromStatus() == null ? null : h.getFromStatus().name(),
                        h.getToStatus().name(),
                        actor(r, h.getActor()),
                        h.getAt()))
            .toList(),
        r.getDecisions().stream()
            .map(
                d -> {
                  Arrangement g = d.getGranted();
                  return new DecisionSummary(
                      d.getStage().name(),
                      d.getOutcome().name(),
                      d.getReasonCode(),
                      g == null ? null : g.getType().name(),
                      g == null ? null : g.getRemoteDaysPerWeek(),
                      d.getDecidedAt());
                })
            .toList(),
        r.getProxy().getFiledAs().filter(a -> a == ProxyFiling.FiledAs.UNION).isPresent(),
        r.getStatus().isOpen() && r.awaitsConfirmation());
  }

  /** Who took a step, as the union may know it: the employee, the union rep who filed, or HR. */
  private static String actor(AccommodationRequest r, String username) {
    if (username.equals(r.getRequester())) {
      return "EMPLOYEE";
    }
    boolean unionFiler =
        r.getProxy().getFiledAs().filter(a -> a == ProxyFiling.FiledAs.UNION).isPresent()
            && r.getProxy().getFiledBy().filter(username::equals).isPresent();
    return unionFiler ? "UNION" : "HR";
  }
}
