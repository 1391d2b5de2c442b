package org.accommodationdesk.application;

import java.time.Instant;
import java.util.List;
import org.accommodationdesk.domain.request.AccommodationRequest;
import org.accommodationdesk.domain.request.Action;

/**
 * What a union rep sees of a request that its employee chose to share: its status, its timeline
 * (steps without their messages, which may hold medical details) and the decision with its reason.
 * Never documents, limitations or other free text of the employee.
 */
public record UnionRequestView(
    long id,
    String category,
    String status,
    String workLocationName,
    Instant submittedAt,
    List<Step> timeline,
    List<DecisionSummary> decisions) {

  /** One step of the timeline. */
  public record Step(String action, String from, String to, String actor, Instant at) {}

  /** A decision: outcome and reason; the explanation is the reviewer's, given to the employee. */
  public record DecisionSummary(
      String stage, String outcome, String reasonCode, String explanation, Instant decidedAt) {}

  static UnionRequestView of(AccommodationRequest r) {
    return new UnionRequestView(
        r.getId(),
        r.getCategory().name(),
        r.getStatus().name(),
        r.getWorkLocation().getName(),
        r.getSubmittedAt(),
        r.getHistory().stream()
            .filter(h -> h.getAction() != Action.DOCUMENT_DOWNLOADED)
            .map(
                h ->
                    new Step(
                        h.getAction().name(),
                        h.getFromStatus() == null ? null : h.getFromStatus().name(),
                        h.getToStatus().name(),
                        h.getActor(),
                        h.getAt()))
            .toList(),
        r.getDecisions().stream()
            .map(
                d ->
                    new DecisionSummary(
                        d.getStage().name(),
                        d.getOutcome().name(),
                        d.getReasonCode() == null ? null : d.getReasonCode().name(),
                        d.getExplanation(),
                        d.getDecidedAt()))
            .toList());
  }
}
