package org.accommodationdesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.accommodationdesk.domain.analysis.ConsistencyReview;
import org.accommodationdesk.domain.analysis.PolicyRule;
import org.accommodationdesk.domain.analysis.RuleKind;
import org.accommodationdesk.domain.analysis.WhatIfPolicy;
import org.accommodationdesk.domain.request.ArrangementType;
import org.accommodationdesk.domain.request.Category;
import org.accommodationdesk.domain.request.DecisionOutcome;
import org.accommodationdesk.domain.request.FieldError;
import org.accommodationdesk.domain.request.InvalidInputException;
import org.junit.jupiter.api.Test;

/** A what-if policy guards its rules: numbers in range, no two rules for the same requests. */
class WhatIfPolicyTest {
  static final Instant NOW = Instant.parse("2026-12-02T15:00:00.123456789Z");

  static Set<String> fields(Runnable r) {
    InvalidInputException e = assertThrows(InvalidInputException.class, r::run);
    return e.errors().stream().map(FieldError::field).collect(Collectors.toSet());
  }

  @Test
  void aPolicyNeedsANameAndAtLeastOneRuleReportedTogether() {
    assertEquals(
        Set.of("name", "rules"),
        fields(() -> new WhatIfPolicy(" ", WhatIfPolicy.Side.HR, List.of(), "lead", NOW)));
    assertEquals(
        Set.of("name"),
        fields(
            () ->
                new WhatIfPolicy(
                    "x".repeat(WhatIfPolicy.NAME_MAX + 1),
                    WhatIfPolicy.Side.HR,
                    List.of(
                        new PolicyRule(Category.OWN_CONDITION, null, RuleKind.APPROVE_ALL, null)),
                    "lead",
                    NOW)));
  }

  @Test
  void numbersAreInTheirRuleRange() {
    assertEquals(
        Set.of("rules[0].parameter", "rules[1].parameter", "rules[2].parameter"),
        fields(
            () ->
                WhatIfPolicy.checked(
                    List.of(
                        new PolicyRule(
                            Category.OWN_CONDITION, null, RuleKind.APPROVE_UP_TO_DAYS, 6),
                        new PolicyRule(
                            Category.PRIMARY_CAREGIVER, null, RuleKind.APPROVE_SHARE, 101),
                        new PolicyRule(
                            Category.HOUSEHOLD_MEMBER, null, RuleKind.APPROVE_SHARE, null)))));
    List<PolicyRule> edges =
        List.of(
            new PolicyRule(Category.OWN_CONDITION, null, RuleKind.APPROVE_UP_TO_DAYS, 0),
            new PolicyRule(Category.PRIMARY_CAREGIVER, null, RuleKind.APPROVE_SHARE, 100),
            new PolicyRule(Category.HOUSEHOLD_MEMBER, null, RuleKind.APPROVE_UP_TO_DAYS, 5));
    assertEquals(edges, WhatIfPolicy.checked(edges));
    assertNull(
        new PolicyRule(Category.OWN_CONDITION, null, RuleKind.DENY_ALL, 3).getParameter(),
        "a rule without a number keeps none");
  }

  @Test
  void twoRulesForTheSameRequestsAreRefusedButOnePerArrangementIsNot() {
    PolicyRule any = new PolicyRule(Category.HOUSEHOLD_MEMBER, null, RuleKind.APPROVE_ALL, null);
    PolicyRule full =
        new PolicyRule(
            Category.HOUSEHOLD_MEMBER, ArrangementType.FULL_REMOTE, RuleKind.DENY_ALL, null);
    PolicyRule partial =
        new PolicyRule(
            Category.HOUSEHOLD_MEMBER, ArrangementType.PARTIAL_REMOTE, RuleKind.APPROVE_ALL, null);
    assertEquals(Set.of("rules[1]"), fields(() -> WhatIfPolicy.checked(List.of(any, full))));
    assertEquals(2, WhatIfPolicy.checked(List.of(full, partial)).size());
    assertTrue(
        fields(() -> WhatIfPolicy.checked(Collections.nCopies(WhatIfPolicy.RULES_MAX + 1, any)))
            .contains("rules"),
        "too many rules");
  }

  @Test
  void onlyItsSideChangesItAndAChangeReplacesNameAndRules() {
    WhatIfPolicy p =
        new WhatIfPolicy(
            " Union proposal ",
            WhatIfPolicy.Side.UNION,
            List.of(new PolicyRule(Category.HOUSEHOLD_MEMBER, null, RuleKind.APPROVE_ALL, null)),
            "rep",
            NOW);
    assertEquals("Union proposal", p.getName());
    assertTrue(p.changeableBy(WhatIfPolicy.Side.UNION));
    assertFalse(p.changeableBy(WhatIfPolicy.Side.HR));
    assertEquals(Instant.parse("2026-12-02T15:00:00.123456Z"), p.getChangedAt());
    p.change(
        "Union proposal 2",
        List.of(new PolicyRule(Category.OWN_CONDITION, null, RuleKind.APPROVE_UP_TO_DAYS, 2)),
        NOW.plusSeconds(60));
    assertEquals("Union proposal 2", p.getName());
    assertEquals(RuleKind.APPROVE_UP_TO_DAYS, p.getRules().get(0).getKind());
    assertEquals("OWN_CONDITION/ANY:APPROVE_UP_TO_DAYS(2)", p.getRules().get(0).toString());
    List<PolicyRule> before = p.getRules();
    assertThrows(InvalidInputException.class, () -> p.change("", List.of(), NOW));
    assertEquals(before, p.getRules(), "a refused change changes nothing");
  }

  @Test
  void aReviewedPairIsKeptLowerNumberFirst() {
    ConsistencyReview r = new ConsistencyReview(9, 4, "lead", NOW);
    assertEquals(4, r.getFirstRequest());
    assertEquals(9, r.getSecondRequest());
    assertThrows(IllegalArgumentException.class, () -> new ConsistencyReview(4, 4, "lead", NOW));
  }

  /**
   * What each rule gives a request by the days it asks (full remote counts five, another
   * arrangement none), and which requests it covers.
   */
  @Test
  void aRuleDecidesByTheDaysAskedAndKnowsWhatItCanGive() {
    PolicyRule upTo2 = new PolicyRule(Category.OWN_CONDITION, null, RuleKind.APPROVE_UP_TO_DAYS, 2);
    assertEquals(DecisionOutcome.APPROVED, upTo2.outcome(2, false));
    assertEquals(DecisionOutcome.APPROVED_WITH_CHANGES, upTo2.outcome(3, false));
    PolicyRule none = new PolicyRule(Category.OWN_CONDITION, null, RuleKind.APPROVE_UP_TO_DAYS, 0);
    assertEquals(DecisionOutcome.DENIED, none.outcome(1, false), "nothing to approve with changes");
    assertEquals(DecisionOutcome.APPROVED, none.outcome(0, false), "no days asked");
    PolicyRule share = new PolicyRule(Category.OWN_CONDITION, null, RuleKind.APPROVE_SHARE, 30);
    assertEquals(DecisionOutcome.APPROVED, share.outcome(5, true));
    assertEquals(DecisionOutcome.DENIED, share.outcome(5, false));

    assertEquals(5, ArrangementType.FULL_REMOTE.daysAsked(null));
    assertEquals(3, ArrangementType.PARTIAL_REMOTE.daysAsked(3));
    assertEquals(0, ArrangementType.OTHER.daysAsked(null));

    assertEquals(4, ArrangementType.PARTIAL_REMOTE.daysAsked(9), "the nearest days allowed");
    assertEquals(1, ArrangementType.PARTIAL_REMOTE.daysAsked(0));
    assertTrue(upTo2.covers(Category.OWN_CONDITION, ArrangementType.OTHER));
    assertFalse(
        new PolicyRule(Category.OWN_CONDITION, ArrangementType.FULL_REMOTE, RuleKind.DENY_ALL, null)
            .covers(Category.OWN_CONDITION, ArrangementType.OTHER));
    assertFalse(upTo2.covers(Category.HOUSEHOLD_MEMBER, ArrangementType.OTHER));
  }
}
