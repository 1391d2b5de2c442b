package org.accommodationdesk.application.consistency;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.accommodationdesk.application.consistency.ConsistencyQueries.Dimension;
import org.accommodationdesk.application.consistency.ConsistencyQueries.WhatIfGroup;
import org.accommodationdesk.application.consistency.WhatIfReport.Outcomes;
import org.accommodationdesk.application.consistency.WhatIfReport.Row;
import org.accommodationdesk.application.stats.Cell;
import org.accommodationdesk.application.stats.Disclosure;
import org.accommodationdesk.application.stats.Tally;
import org.accommodationdesk.domain.analysis.PolicyRule;
import org.accommodationdesk.domain.analysis.RuleKind;
import org.accommodationdesk.domain.request.ArrangementType;
import org.accommodationdesk.domain.request.Category;
import org.accommodationdesk.domain.request.DecisionOutcome;

/**
 * The what-if's tables: what happened to the decided requests of a period, and what a policy's
 * rules would have done, in total and by one dimension.
 *
 * <p>A figure under the policy is a sum of <em>parts</em>, each a set of requests fixed by the data
 * and a small family of questions, never by the policy as a whole: per category and arrangement
 * asked for, the requests a rule gives one outcome ({@link PolicyRule#outcome}), or, where no rule
 * applies, those that got it. Each part goes through the disclosure on its own ({@link
 * Disclosure#sum}): exact for HR; for the union, perturbed by its own fixed noise and hiding the
 * sum when it is small. However many policies a union rep tries, each part has one published value,
 * so nothing can be averaged away (ADR 0023); a small part hides the figure rather than leaking
 * through a difference of two policies.
 */
final class WhatIfTable {
  private final List<PolicyRule> rules;
  private final List<Integer> shares;
  private final List<WhatIfGroup> groups;
  private final Disclosure disclosure;

  /** The category the period is filtered to, or null: the others are in no figure. */
  private final Category only;

  /**
   * @param shares the share percents asked of the database, in the order of {@link
   *     WhatIfGroup#inShare}
   */
  WhatIfTable(
      List<PolicyRule> rules,
      List<Integer> shares,
      List<WhatIfGroup> groups,
      Disclosure d,
      Category only) {
    this.only = only;
    this.rules = List.copyOf(rules);
    this.shares = List.copyOf(shares);
    this.groups = groups;
    this.disclosure = d;
  }

  /** The share percents a policy's rules ask the database about, each once. */
  static List<Integer> sharesOf(List<PolicyRule> rules) {
    return rules.stream()
        .filter(r -> r.getKind() == RuleKind.APPROVE_SHARE)
        .map(PolicyRule::getParameter)
        .distinct()
        .toList();
  }

  /** The whole period in one row (zeros when nothing was decided). */
  Row total() {
    return row(Dimension.ALL, "ALL", groups);
  }

  /** One row per key of {@code dimension}, in key order. */
  List<Row> rows(Dimension dimension) {
    Map<String, List<WhatIfGroup>> byKey = new TreeMap<>();
    for (WhatIfGroup g : groups) {
      byKey.computeIfAbsent(g.key(dimension), k -> new ArrayList<>()).add(g);
    }
    List<Row> rows = new ArrayList<>();
    byKey.forEach((key, in) -> rows.add(row(dimension, key, in)));
    return rows;
  }

  private Row row(Dimension dimension, String key, List<WhatIfGroup> in) {
    Map<DecisionOutcome, Tally> got = new EnumMap<>(DecisionOutcome.class);
    Tally decided = Tally.ZERO;
    for (WhatIfGroup g : in) {
      got.merge(g.actual(), g.tally(), Tally::plus);
      decided = decided.plus(g.tally());
    }
    Tally denied = got.getOrDefault(DecisionOutcome.DENIED, Tally.ZERO);
    Cell decidedCell = disclosure.count(decided);
    Outcomes actual =
        new Outcomes(
            decidedCell,
            disclosure.count(got.getOrDefault(DecisionOutcome.APPROVED, Tally.ZERO)),
            disclosure.count(got.getOrDefault(DecisionOutcome.APPROVED_WITH_CHANGES, Tally.ZERO)),
            disclosure.count(denied),
            disclosure.rate(denied, decided));
    Map<DecisionOutcome, List<Tally>> parts = parts(dimension, key, in);
    Cell deniedUnder = disclosure.sum(parts.get(DecisionOutcome.DENIED));
    Outcomes underPolicy =
        new Outcomes(
            decidedCell,
            disclosure.sum(parts.get(DecisionOutcome.APPROVED)),
            disclosure.sum(parts.get(DecisionOutcome.APPROVED_WITH_CHANGES)),
            deniedUnder,
            disclosure.ratio(deniedUnder, decidedCell));
    return new Row(key, actual, underPolicy);
  }

  /**
   * The parts of each outcome under the policy. Which parts there are depends on the rules and the
   * row's key only, never on the data: a part that is empty is still a part (for the union,
   * hidden).
   */
  private Map<DecisionOutcome, List<Tally>> parts(
      Dimension dimension, String key, List<WhatIfGroup> in) {
    Map<DecisionOutcome, List<Tally>> parts = new EnumMap<>(DecisionOutcome.class);
    for (DecisionOutcome o : DecisionOutcome.values()) {
      parts.put(o, new ArrayList<>());
    }
    for (Category c : Category.values()) {
      if (dimension == Dimension.CATEGORY && !c.name().equals(key) || only != null && only != c) {
        continue; // a category row, or a period filtered to one category, holds no other's
      }
      List<PolicyRule> ofCategory = rules.stream().filter(r -> r.getCategory() == c).toList();
      // in the total and the category rows, a category's requests by outcome, and all of them, are
      // sets the same report already shows (the category's row of what happened): used whole, they
      // tell nothing new, and a small part of them hides nothing that is not already shown
      boolean shownWhole = dimension == Dimension.ALL || dimension == Dimension.CATEGORY;
      if (ofCategory.isEmpty() && shownWhole) {
        kept(parts, in, g -> g.category() == c);
        continue;
      }
      PolicyRule whole = ofCategory.size() == 1 ? ofCategory.get(0) : null;
      if (shownWhole && whole != null && whole.getArrangement() == null && uniform(whole)) {
        parts
            .get(whole.outcome(0, false))
            .add(tally(in, g -> g.category() == c)); // approve all, or deny all, of the category
        continue;
      }
      for (ArrangementType a : ArrangementType.values()) {
        PolicyRule rule = ofCategory.stream().filter(r -> r.covers(c, a)).findFirst().orElse(null);
        if (rule == null) {
          kept(parts, in, g -> g.category() == c && g.arrangement() == a);
        } else {
          ruled(parts, in, rule, c, a);
        }
      }
    }
    return parts;
  }

  /** Whether a rule gives every request the same outcome, whatever it asks. */
  private static boolean uniform(PolicyRule rule) {
    return rule.getKind() == RuleKind.APPROVE_ALL || rule.getKind() == RuleKind.DENY_ALL;
  }

  /** Requests no rule names keep the outcome they got: one part per outcome. */
  private static void kept(
      Map<DecisionOutcome, List<Tally>> parts, List<WhatIfGroup> in, Predicate<WhatIfGroup> which) {
    for (DecisionOutcome o : DecisionOutcome.values()) {
      parts.get(o).add(tally(in, which.and(g -> g.actual() == o)));
    }
  }

  /**
   * The requests of a category and arrangement that a rule names: one part per number of days asked
   * (and, for a share, in it or not), each wholly given the outcome the rule gives those days. The
   * parts never nest ("up to 2 days" and "up to 3 days" are sums of the same day parts), so no two
   * policies give two noisy views of the requests of one day.
   */
  private void ruled(
      Map<DecisionOutcome, List<Tally>> parts,
      List<WhatIfGroup> in,
      PolicyRule rule,
      Category c,
      ArrangementType a) {
    int share = rule.getKind() == RuleKind.APPROVE_SHARE ? shares.indexOf(rule.getParameter()) : -1;
    boolean[] sides = share < 0 ? new boolean[] {false} : new boolean[] {true, false};
    for (int d = a.fewestDays(); d <= a.mostDays(); d++) {
      int days = d;
      for (boolean inShare : sides) {
        parts
            .get(rule.outcome(days, inShare))
            .add(
                tally(
                    in,
                    g ->
                        g.category() == c
                            && g.arrangement() == a
                            && g.daysAsked() == days
                            && (share < 0 || g.inShare(share) == inShare)));
      }
    }
  }

  private static Tally tally(List<WhatIfGroup> in, Predicate<WhatIfGroup> which) {
    Tally t = Tally.ZERO;
    for (WhatIfGroup g : in) {
      if (which.test(g)) {
        t = t.plus(g.tally());
      }
    }
    return t;
  }
}
