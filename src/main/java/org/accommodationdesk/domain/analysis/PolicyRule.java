package org.accommodationdesk.domain.analysis;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.accommodationdesk.domain.request.ArrangementType;
import org.accommodationdesk.domain.request.Category;
import org.accommodationdesk.domain.request.DecisionOutcome;

/**
 * One rule of a what-if policy: for the requests of a category (and an arrangement requested, or
 * any), what the policy decides. A request no rule names keeps the decision it got.
 */
@Embeddable
public class PolicyRule {
  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false, length = 32)
  private Category category;

  /** Null: every arrangement of the category. */
  @Enumerated(EnumType.STRING)
  @Column(name = "arrangement_type", length = 32)
  private ArrangementType arrangement;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 24)
  private RuleKind kind;

  @Column(name = "parameter")
  private Integer parameter;

  protected PolicyRule() {}

  public PolicyRule(
      Category category, ArrangementType arrangement, RuleKind kind, Integer parameter) {
    this.category = Objects.requireNonNull(category);
    this.arrangement = arrangement;
    this.kind = Objects.requireNonNull(kind);
    this.parameter = kind.takesParameter() ? parameter : null;
  }

  public Category getCategory() {
    return category;
  }

  /** The arrangement requested this rule is for; null for every arrangement of the category. */
  public ArrangementType getArrangement() {
    return arrangement;
  }

  public RuleKind getKind() {
    return kind;
  }

  public Integer getParameter() {
    return parameter;
  }

  /** Whether this rule is for the requests of this category and arrangement asked for. */
  public boolean covers(Category c, ArrangementType a) {
    return category == c && (arrangement == null || arrangement == a);
  }

  /**
   * The outcome this rule gives a request that asks for {@code daysAsked} remote days a week
   * ({@link ArrangementType#daysAsked}); {@code inShare}: whether the request is among the rule's
   * share (read by the share rule only).
   */
  public DecisionOutcome outcome(int daysAsked, boolean inShare) {
    return switch (kind) {
      case APPROVE_ALL -> DecisionOutcome.APPROVED;
      case DENY_ALL -> DecisionOutcome.DENIED;
      case APPROVE_SHARE -> inShare ? DecisionOutcome.APPROVED : DecisionOutcome.DENIED;
      case APPROVE_UP_TO_DAYS ->
          daysAsked <= parameter
              ? DecisionOutcome.APPROVED
              // more days than none at all: nothing to approve with changes
              : parameter == 0 ? DecisionOutcome.DENIED : DecisionOutcome.APPROVED_WITH_CHANGES;
    };
  }

  /** Whether this rule and another are for the same requests (or overlap). */
  boolean overlaps(PolicyRule o) {
    return category == o.category
        && (arrangement == null || o.arrangement == null || arrangement == o.arrangement);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PolicyRule r
        && category == r.category
        && arrangement == r.arrangement
        && kind == r.kind
        && Objects.equals(parameter, r.parameter);
  }

  @Override
  public int hashCode() {
    return Objects.hash(category, arrangement, kind, parameter);
  }

  @Override
  public String toString() {
    return category
        + "/"
        + (arrangement == null ? "ANY" : arrangement)
        + ":"
        + kind
        + (parameter == null ? "" : "(" + parameter + ")");
  }
}
