package org.accommodationdesk.application.consistency;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.accommodationdesk.application.accounts.CurrentUser;
import org.accommodationdesk.application.consistency.ConsistencyQueries.Dimension;
import org.accommodationdesk.application.consistency.WhatIfReport.RuleView;
import org.accommodationdesk.application.stats.Disclosure;
import org.accommodationdesk.application.stats.DisclosureRecords;
import org.accommodationdesk.application.stats.StatisticsProtection;
import org.accommodationdesk.application.stats.StatsFilter;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.analysis.PolicyRule;
import org.accommodationdesk.domain.analysis.RuleKind;
import org.accommodationdesk.domain.analysis.WhatIfPolicy;
import org.accommodationdesk.domain.analysis.WhatIfPolicyRepository;
import org.accommodationdesk.domain.request.ArrangementType;
import org.accommodationdesk.domain.request.Category;
import org.accommodationdesk.domain.request.FieldErrors;
import org.accommodationdesk.domain.request.InvalidInputException;
import org.accommodationdesk.domain.request.StaleVersionException;

/**
 * Policy what-if for the bargaining table (issue 26): a policy stated as rules per category and
 * arrangement, applied to the decided requests of a past period by the database, beside what
 * actually happened; policies saved by name, each changeable only by the side (HR or union) that
 * wrote it. Union representatives see whole periods only, through the union's protection, and every
 * such view is in the disclosure log.
 */
@Stateless
@RolesAllowed({Role.REVIEWER, Role.ADMIN, Role.UNION_REP})
public class WhatIfService {
  @Inject private ConsistencyQueries queries;
  @Inject private WhatIfPolicyRepository policies;
  @Inject private CurrentUser currentUser;
  @Inject private StatisticsProtection protection;
  @Inject private DisclosureRecords disclosures;
  @Inject private Clock clock;

  /** A rule as given in a form or a request body (text), before it is checked. */
  public record RuleInput(String category, String arrangement, String rule, Integer parameter) {}

  /**
   * What {@code rules} would have done over the filter's decided requests.
   *
   * @throws InvalidInputException naming each rule that is wrong, or a period the union may not ask
   */
  public WhatIfReport evaluate(List<RuleInput> rules, StatsFilter filter) {
    List<PolicyRule> checked = WhatIfPolicy.checked(parse(rules));
    return evaluate(checked, filter, "rules " + checked);
  }

  /** What a saved policy would have done over the filter's decided requests. */
  public WhatIfReport evaluateSaved(long policyId, StatsFilter filter) {
    WhatIfPolicy p = found(policyId);
    return evaluate(
        p.getRules(),
        filter,
        "policy=" + p.getId() + " version=" + p.getVersion() + " rules " + p.getRules());
  }

  private WhatIfReport evaluate(List<PolicyRule> rules, StatsFilter filter, String what) {
    boolean union = currentUser.seesProtectedStatistics();
    filter.checkFor(union);
    if (union) {
      refuseSharesForTheUnion(rules);
    }
    Disclosure d = union ? Disclosure.protect(protection.minimumCellSize()) : Disclosure.exact();
    List<Integer> shares = WhatIfTable.sharesOf(rules);
    WhatIfTable table =
        new WhatIfTable(rules, shares, queries.whatIf(shares, filter), d, filter.category());
    WhatIfReport report =
        new WhatIfReport(
            filter.describe(),
            union,
            protection.minimumCellSize(),
            views(rules),
            table.total(),
            table.rows(Dimension.CATEGORY),
            table.rows(Dimension.WORK_LOCATION),
            table.rows(Dimension.JOB_CLASS));
    disclosures.log("what-if " + what, filter, d);
    return report;
  }

  /**
   * A share picks requests by their numbers: each share is another part with its own noise, and a
   * hundred of them averaged would give back counts the protection hides (ADR 0023). The union's
   * what-if takes the rules whose parts come from a small fixed family (up to five days, all).
   */
  private static void refuseSharesForTheUnion(List<PolicyRule> rules) {
    FieldErrors errors = new FieldErrors();
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).getKind() == RuleKind.APPROVE_SHARE) {
        errors.add(
            "rules[" + i + "].rule",
            "whatIf.shareForUnion",
            "a share is not offered to union representatives (its figures could be combined to"
                + " undo the protection): use approve all, up to a number of days, or deny all");
      }
    }
    errors.throwIfAny();
  }

  /** Refuses, before anything else, whoever may not use the what-if (the API parses after). */
  public void mayAsk() {
    // the class's role check is the whole of it
  }

  /** Whether the caller gets the union's protected view (and no share rule). */
  public boolean protectedView() {
    return currentUser.seesProtectedStatistics();
  }

  /** Every saved policy, by name. */
  public List<PolicyView> policies() {
    return policies.all().stream().map(this::view).toList();
  }

  /** One saved policy. */
  public PolicyView policy(long id) {
    return view(found(id));
  }

  /**
   * Saves a policy under a new name, as the caller's side's.
   *
   * @throws InvalidInputException naming what is wrong (the name taken, a rule)
   */
  public PolicyView create(String name, List<RuleInput> rules) {
    List<PolicyRule> parsed = parse(rules);
    if (currentUser.seesProtectedStatistics()) {
      refuseSharesForTheUnion(parsed);
    }
    checkName(name, null);
    WhatIfPolicy p =
        new WhatIfPolicy(name, side(), parsed, currentUser.username(), clock.instant());
    policies.add(p);
    return view(p);
  }

  /**
   * Renames a policy and replaces its rules, if it is still at {@code expectedVersion}.
   *
   * @throws StaleVersionException when someone changed it since
   * @throws InvalidInputException naming what is wrong, or when the other side wrote it
   */
  public PolicyView change(long id, Long expectedVersion, String name, List<RuleInput> rules) {
    WhatIfPolicy p = changeable(id, expectedVersion);
    List<PolicyRule> parsed = parse(rules);
    if (currentUser.seesProtectedStatistics()) {
      refuseSharesForTheUnion(parsed);
    }
    checkName(name, id);
    p.change(name, parsed, clock.instant());
    policies.changed(p);
    return view(p);
  }

  /** Removes a policy (its side only), if it is still at {@code expectedVersion}. */
  public void remove(long id, Long expectedVersion) {
    policies.remove(changeable(id, expectedVersion));
  }

  private WhatIfPolicy changeable(long id, Long expectedVersion) {
    if (expectedVersion == null) {
      throw InvalidInputException.of("If-Match", "give the policy's version, as its ETag gave it");
    }
    WhatIfPolicy p = found(id);
    if (!p.changeableBy(side())) {
      throw InvalidInputException.of(
          "policy",
          "only "
              + (p.getSide() == WhatIfPolicy.Side.HR ? "HR" : "the union")
              + " may change this policy: save a copy under another name");
    }
    if (p.getVersion() != expectedVersion) {
      throw new StaleVersionException(expectedVersion, p.getVersion());
    }
    return p;
  }

  private void checkName(String name, Long except) {
    if (name != null && !name.isBlank() && policies.nameTaken(name, except)) {
      throw InvalidInputException.of("name", "a policy of this name exists: choose another");
    }
  }

  private WhatIfPolicy found(long id) {
    return policies
        .find(id)
        .orElseThrow(() -> InvalidInputException.of("policy", "no saved policy " + id));
  }

  private WhatIfPolicy.Side side() {
    return currentUser.seesProtectedStatistics() ? WhatIfPolicy.Side.UNION : WhatIfPolicy.Side.HR;
  }

  private PolicyView view(WhatIfPolicy p) {
    return new PolicyView(
        p.getId(),
        p.getVersion(),
        p.getName(),
        p.getSide().name(),
        // a union rep is never told which HR reviewer wrote a policy (user names are not theirs)
        currentUser.seesProtectedStatistics() && p.getSide() == WhatIfPolicy.Side.HR
            ? null
            : p.getCreatedBy(),
        p.getChangedAt(),
        views(p.getRules()),
        p.changeableBy(side()));
  }

  private static List<RuleView> views(List<PolicyRule> rules) {
    return rules.stream()
        .map(
            r ->
                new RuleView(
                    r.getCategory().name(),
                    r.getArrangement() == null ? null : r.getArrangement().name(),
                    r.getKind().name(),
                    r.getParameter()))
        .toList();
  }

  /**
   * Rules from text, every wrong field named in one round ({@code rules[0].category}, ...).
   *
   * @throws InvalidInputException naming each wrong field
   */
  public static List<PolicyRule> parse(List<RuleInput> rules) {
    FieldErrors errors = new FieldErrors();
    List<PolicyRule> parsed = new ArrayList<>();
    List<RuleInput> given = rules == null ? List.of() : rules;
    for (int i = 0; i < given.size(); i++) {
      RuleInput in = given.get(i);
      String field = "rules[" + i + "]";
      if (in == null) {
        errors.add(field, "give a category and a rule");
        continue;
      }
      Category c = value(Category.class, in.category(), field + ".category", errors, true);
      ArrangementType a =
          value(ArrangementType.class, in.arrangement(), field + ".arrangement", errors, false);
      RuleKind k = value(RuleKind.class, in.rule(), field + ".rule", errors, true);
      if (c != null && k != null) {
        parsed.add(new PolicyRule(c, a, k, in.parameter()));
      }
    }
    errors.throwIfAny();
    return parsed;
  }

  private static <E extends Enum<E>> E value(
      Class<E> type, String text, String field, FieldErrors errors, boolean required) {
    if (text == null || text.isBlank() || (!required && "ANY".equalsIgnoreCase(text.strip()))) {
      if (required) {
        errors.add(field, "is required: " + names(type));
      }
      return null;
    }
    try {
      return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(field, "must be " + names(type));
      return null;
    }
  }

  private static String names(Class<? extends Enum<?>> type) {
    StringBuilder b = new StringBuilder();
    Enum<?>[] values = type.getEnumConstants();
    for (int i = 0; i < values.length; i++) {
      b.append(i == 0 ? "" : i == values.length - 1 ? " or " : ", ").append(values[i].name());
    }
    return b.toString();
  }
}
