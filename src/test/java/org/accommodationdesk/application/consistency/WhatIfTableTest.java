package org.accommodationdesk.application.consistency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.accommodationdesk.application.consistency.ConsistencyQueries.Dimension;
import org.accommodationdesk.application.consistency.ConsistencyQueries.WhatIfGroup;
import org.accommodationdesk.application.consistency.WhatIfReport.Row;
import org.accommodationdesk.application.stats.Cell;
import org.accommodationdesk.application.stats.Disclosure;
import org.accommodationdesk.application.stats.Tally;
import org.accommodationdesk.domain.analysis.PolicyRule;
import org.accommodationdesk.domain.analysis.RuleKind;
import org.accommodationdesk.domain.request.ArrangementType;
import org.accommodationdesk.domain.request.Category;
import org.accommodationdesk.domain.request.DecisionOutcome;
import org.junit.jupiter.api.Test;

/**
 * The what-if's tables: exact figures for HR, and for the union figures that no number of policies
 * can average into a count the protection hides.
 */
class WhatIfTableTest {
  static final Category HOUSEHOLD = Category.HOUSEHOLD_MEMBER;
  static final Category OWN = Category.OWN_CONDITION;
  static final Category CAREGIVER = Category.PRIMARY_CAREGIVER;
  static final ArrangementType FULL = ArrangementType.FULL_REMOTE;
  static final ArrangementType PARTIAL = ArrangementType.PARTIAL_REMOTE;
  static final ArrangementType OTHER = ArrangementType.OTHER;
  static final DecisionOutcome APPROVED = DecisionOutcome.APPROVED;
  static final DecisionOutcome DENIED = DecisionOutcome.DENIED;

  final List<WhatIfGroup> groups = new ArrayList<>();

  /** {@code n} requests of one kind, each with a random record key, as the database sums them. */
  void add(Category c, ArrangementType a, Integer days, DecisionOutcome actual, int n, int shares) {
    long keys = 0;
    java.util.Random random = new java.util.Random(groups.size() * 31L + n);
    for (int i = 0; i < n; i++) {
      keys += random.nextInt(Integer.MAX_VALUE);
    }
    groups.add(
        new WhatIfGroup(c, "LINCOLN-ES", "TEACHER", a, days, actual, shares, new Tally(n, keys)));
  }

  /**
   * One school, every kind of request in numbers the union may see (31 or more of each category,
   * arrangement, number of days and outcome), but for the household members' other arrangements,
   * which each test adds.
   */
  WhatIfTableTest() {
    for (Category c : Category.values()) {
      for (ArrangementType a : ArrangementType.values()) {
        if (c == HOUSEHOLD && a == OTHER) {
          continue;
        }
        for (int d = a.fewestDays(); d <= a.mostDays(); d++) {
          Integer days = a == PARTIAL ? d : null;
          add(c, a, days, APPROVED, 31 + d + c.ordinal(), 0);
          add(c, a, days, DENIED, 32 + d, 0);
          add(c, a, days, DecisionOutcome.APPROVED_WITH_CHANGES, 33 + c.ordinal(), 0);
        }
      }
    }
  }

  /** The household members' other arrangements, in numbers the union may see. */
  void householdOtherInPlainNumbers() {
    add(HOUSEHOLD, OTHER, null, APPROVED, 34, 0);
    add(HOUSEHOLD, OTHER, null, DENIED, 35, 0);
    add(HOUSEHOLD, OTHER, null, DecisionOutcome.APPROVED_WITH_CHANGES, 36, 0);
  }

  static PolicyRule rule(Category c, ArrangementType a, RuleKind k, Integer n) {
    return new PolicyRule(c, a, k, n);
  }

  static Row total(List<PolicyRule> rules, List<WhatIfGroup> groups, Disclosure d) {
    return new WhatIfTable(rules, WhatIfTable.sharesOf(rules), groups, d, null).total();
  }

  /**
   * Many policies that differ from their pair only in approving or denying the requests of {@code
   * c} and {@code a}, the rest varied at will (the other categories' rules): 8 x 6 x 3 = 144 pairs.
   */
  static List<List<PolicyRule>[]> pairsAround(Category c, ArrangementType a) {
    List<List<PolicyRule>[]> pairs = new ArrayList<>();
    List<PolicyRule> ownVariants = new ArrayList<>();
    for (int n = 0; n <= 5; n++) {
      ownVariants.add(rule(OWN, null, RuleKind.APPROVE_UP_TO_DAYS, n));
    }
    ownVariants.add(rule(OWN, null, RuleKind.APPROVE_ALL, null));
    ownVariants.add(null);
    for (PolicyRule own : ownVariants) {
      for (int n = 0; n <= 5; n++) {
        for (RuleKind fullKind :
            new RuleKind[] {RuleKind.APPROVE_ALL, RuleKind.DENY_ALL, RuleKind.APPROVE_UP_TO_DAYS}) {
          List<PolicyRule> base = new ArrayList<>();
          if (own != null) {
            base.add(own);
          }
          base.add(rule(CAREGIVER, PARTIAL, RuleKind.APPROVE_UP_TO_DAYS, Math.min(n, 4)));
          if (n < 4) {
            base.add(rule(CAREGIVER, FULL, fullKind, fullKind.takesParameter() ? n : null));
          }
          List<PolicyRule> approve = new ArrayList<>(base);
          approve.add(rule(c, a, RuleKind.APPROVE_ALL, null));
          List<PolicyRule> deny = new ArrayList<>(base);
          deny.add(rule(c, a, RuleKind.DENY_ALL, null));
          @SuppressWarnings("unchecked")
          List<PolicyRule>[] pair = new List[] {approve, deny};
          pairs.add(pair);
        }
      }
    }
    return pairs;
  }

  /** The attacker's differences: approved under the first policy less under the second. */
  Set<Long> differences(List<List<PolicyRule>[]> pairs, int[] hiddenPairs) {
    Set<Long> seen = new HashSet<>();
    for (List<PolicyRule>[] pair : pairs) {
      Disclosure d = Disclosure.protect(11);
      Cell a = total(pair[0], groups, d).underPolicy().approved();
      Cell b = total(pair[1], groups, d).underPolicy().approved();
      if (a.suppressed() || b.suppressed()) {
        hiddenPairs[0]++;
        continue;
      }
      seen.add(a.value().longValue() - b.value().longValue());
    }
    return seen;
  }

  /**
   * The attack the what-if invites: two policies that differ only in one small group of requests (4
   * household members who asked for another arrangement, denied), tried with the rest of the policy
   * varied many times, the differences averaged. Each part has one published value, and the group
   * is a part under the minimum: every figure with it is hidden, whatever else the policy says.
   */
  @Test
  void noNumberOfPoliciesRevealsASmallGroup() {
    add(HOUSEHOLD, OTHER, null, DENIED, 4, 0);
    int[] hidden = {0};
    List<List<PolicyRule>[]> pairs = pairsAround(HOUSEHOLD, OTHER);
    assertTrue(pairs.size() > 100);
    assertEquals(Set.of(), differences(pairs, hidden), "every figure with the 4 is hidden");
    assertEquals(pairs.size(), hidden[0]);
  }

  /**
   * A large group (the household members asking for part-time remote work): every pair of policies
   * gives the same difference, the sum of the published values of its day parts, so averaging
   * teaches nothing; and it is within the protection's noise of the truth. (Were a figure's noise
   * drawn for the whole set the policy selects, as the union's other tables draw it, the 144 pairs
   * would give many values, whose mean is the true 30.)
   */
  @Test
  void aLargeGroupHasOnePublishedValueWhateverThePolicy() {
    householdOtherInPlainNumbers();
    int[] hidden = {0};
    Set<Long> seen = differences(pairsAround(HOUSEHOLD, PARTIAL), hidden);
    assertEquals(0, hidden[0]);
    assertEquals(1, seen.size(), "one value, not an average of fresh noises: " + seen);
    long published = seen.iterator().next();
    long partial = 0; // the household members' partial requests, all days
    for (WhatIfGroup g : groups) {
      if (g.category() == HOUSEHOLD && g.arrangement() == PARTIAL) {
        partial += g.tally().count();
      }
    }
    // four day parts, each off by at most the noise
    assertTrue(
        Math.abs(published - partial) <= 4 * Disclosure.MAX_NOISE, published + " " + partial);
  }

  /** HR's figures are exact, worked out here from the groups. */
  @Test
  void hrGetsTheExactOutcomesUnderThePolicy() {
    householdOtherInPlainNumbers();
    List<PolicyRule> rules =
        List.of(
            rule(HOUSEHOLD, null, RuleKind.APPROVE_ALL, null),
            rule(OWN, PARTIAL, RuleKind.APPROVE_UP_TO_DAYS, 2),
            rule(CAREGIVER, FULL, RuleKind.DENY_ALL, null));
    // the policy read plainly, request group by request group: household members approved; own
    // conditions asking part-time up to 2 days approved, more days approved with changes;
    // caregivers asking full remote denied; everyone else keeps what they got
    long approved = 0;
    long changes = 0;
    long denied = 0;
    long decided = 0;
    for (WhatIfGroup g : groups) {
      long n = g.tally().count();
      decided += n;
      DecisionOutcome o =
          g.category() == HOUSEHOLD
              ? APPROVED
              : g.category() == OWN && g.arrangement() == PARTIAL
                  ? g.remoteDays() <= 2 ? APPROVED : DecisionOutcome.APPROVED_WITH_CHANGES
                  : g.category() == CAREGIVER && g.arrangement() == FULL ? DENIED : g.actual();
      switch (o) {
        case APPROVED -> approved += n;
        case APPROVED_WITH_CHANGES -> changes += n;
        case DENIED -> denied += n;
      }
    }
    Row total = total(rules, groups, Disclosure.exact());
    assertEquals(Cell.of(approved), total.underPolicy().approved());
    assertEquals(Cell.of(changes), total.underPolicy().approvedWithChanges());
    assertEquals(Cell.of(denied), total.underPolicy().denied());
    assertEquals(Cell.of(decided), total.actual().decided());
    assertEquals(total.actual().decided(), total.underPolicy().decided());
    assertEquals(
        (double) denied / decided, total.underPolicy().denialRate().value().doubleValue(), 1e-12);
  }

  /**
   * "Up to 2 days" and "up to 3 days" are sums of the same day parts: the difference of their
   * approvals is the published value of the 3-day part, the same as the difference of their
   * approvals with changes, never a second noisy view of those requests (the parts must not nest);
   * and when the 3-day part is small, every figure that holds it is hidden.
   */
  @Test
  void theDayPartsNeverNest() {
    householdOtherInPlainNumbers();
    Disclosure d = Disclosure.protect(11);
    Row[] byDays = new Row[5];
    for (int n = 0; n <= 4; n++) {
      byDays[n] = household(List.of(rule(HOUSEHOLD, PARTIAL, RuleKind.APPROVE_UP_TO_DAYS, n)), d);
    }
    for (int n = 1; n < 4; n++) {
      long moreApproved =
          byDays[n + 1].underPolicy().approved().value().longValue()
              - byDays[n].underPolicy().approved().value().longValue();
      long fewerChanged =
          byDays[n].underPolicy().approvedWithChanges().value().longValue()
              - byDays[n + 1].underPolicy().approvedWithChanges().value().longValue();
      assertEquals(moreApproved, fewerChanged, "the " + (n + 1) + "-day part, one value");
    }

    groups.removeIf(
        g -> g.category() == HOUSEHOLD && g.arrangement() == PARTIAL && g.remoteDays() == 3);
    add(HOUSEHOLD, PARTIAL, 3, DENIED, 4, 0); // 4 household members asking for 3 days
    for (int n = 0; n <= 4; n++) {
      Row r = household(List.of(rule(HOUSEHOLD, PARTIAL, RuleKind.APPROVE_UP_TO_DAYS, n)), d);
      Cell holdsThem =
          n >= 3
              ? r.underPolicy().approved()
              : n == 0 ? r.underPolicy().denied() : r.underPolicy().approvedWithChanges();
      assertTrue(holdsThem.suppressed(), "up to " + n + ": " + holdsThem);
    }
  }

  Row household(List<PolicyRule> rules, Disclosure d) {
    return new WhatIfTable(rules, List.of(), groups, d, null)
        .rows(Dimension.CATEGORY).stream()
            .filter(r -> r.key().equals("HOUSEHOLD_MEMBER"))
            .findFirst()
            .orElseThrow();
  }

  /**
   * A share (HR only) approves the requests whose numbers fall under it, as the database marks them
   * per share asked.
   */
  @Test
  void aShareApprovesTheRequestsTheDatabaseMarksInIt() {
    List<WhatIfGroup> marked = new ArrayList<>();
    marked.add(new WhatIfGroup(OWN, "L", "T", FULL, null, DENIED, 0b10, new Tally(7, 1)));
    marked.add(new WhatIfGroup(OWN, "L", "T", FULL, null, DENIED, 0b01, new Tally(5, 2)));
    List<PolicyRule> rules =
        List.of(
            rule(HOUSEHOLD, null, RuleKind.APPROVE_SHARE, 10),
            rule(OWN, null, RuleKind.APPROVE_SHARE, 40));
    assertEquals(List.of(10, 40), WhatIfTable.sharesOf(rules));
    Row total = total(rules, marked, Disclosure.exact());
    assertEquals(Cell.of(7L), total.underPolicy().approved(), "bit 1: the 40% share");
    assertEquals(Cell.of(5L), total.underPolicy().denied());
  }

  /**
   * The union's rows: a category the policy does not touch shows exactly what happened; what no
   * rule can give is a plain zero (nothing hidden about it); nothing under the minimum is shown.
   */
  @Test
  void theUnionsRowsByCategory() {
    add(HOUSEHOLD, OTHER, null, DENIED, 4, 0);
    Disclosure d = Disclosure.protect(11);
    List<PolicyRule> rules = List.of(rule(HOUSEHOLD, null, RuleKind.APPROVE_ALL, null));
    List<Row> rows = new WhatIfTable(rules, List.of(), groups, d, null).rows(Dimension.CATEGORY);
    Row household = rows.stream().filter(r -> r.key().equals("HOUSEHOLD_MEMBER")).findFirst().get();
    assertEquals(Cell.of(0L), household.underPolicy().denied(), "approve all: no denial");
    assertEquals(Cell.of(0.0), household.underPolicy().denialRate());
    assertEquals(Cell.of(0L), household.underPolicy().approvedWithChanges());
    assertEquals(
        household.actual().decided(),
        household.underPolicy().approved(),
        "all of them approved: the very set of the category decided, shown already");
    // in a location's row the category's requests are not shown whole: the small part of 4 hides
    Row school =
        new WhatIfTable(rules, List.of(), groups, d, null).rows(Dimension.WORK_LOCATION).get(0);
    assertTrue(school.underPolicy().approved().suppressed(), school.toString());
    Row own = rows.stream().filter(r -> r.key().equals("OWN_CONDITION")).findFirst().get();
    assertEquals(own.actual(), own.underPolicy(), "untouched: the same figures");
    for (Row r : rows) {
      for (Cell c :
          List.of(r.underPolicy().approved(), r.underPolicy().denied(), r.actual().approved())) {
        assertTrue(c.suppressed() || c.value().longValue() == 0 || c.value().longValue() >= 11);
      }
    }
  }
}
