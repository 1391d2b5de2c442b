package org.accommodationdesk.application.consistency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.accommodationdesk.application.consistency.ConsistencyQueries.WhatIfGroup;
import org.accommodationdesk.application.consistency.WhatIfService.RuleInput;
import org.accommodationdesk.application.memory.ActingUser;
import org.accommodationdesk.application.memory.Fields;
import org.accommodationdesk.application.memory.InMemoryDisclosureLog;
import org.accommodationdesk.application.memory.MovableClock;
import org.accommodationdesk.application.memory.Protection;
import org.accommodationdesk.application.stats.Cell;
import org.accommodationdesk.application.stats.StatsFilter;
import org.accommodationdesk.application.stats.Tally;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.analysis.WhatIfPolicy;
import org.accommodationdesk.domain.analysis.WhatIfPolicyRepository;
import org.accommodationdesk.domain.request.ArrangementType;
import org.accommodationdesk.domain.request.Category;
import org.accommodationdesk.domain.request.DecisionOutcome;
import org.accommodationdesk.domain.request.FieldError;
import org.accommodationdesk.domain.request.InvalidInputException;
import org.accommodationdesk.domain.request.StaleVersionException;
import org.junit.jupiter.api.Test;

/** The what-if's tables, rules read from text, and saved policies per side. */
class WhatIfServiceTest {
  static final StatsFilter YEAR = StatsFilter.parse("2025", null, null, null, null);

  final ActingUser user = new ActingUser();
  final MovableClock clock = new MovableClock(Instant.parse("2026-12-02T15:00:00Z"));
  final InMemoryDisclosureLog log = new InMemoryDisclosureLog();
  final Policies policies = new Policies();

  /** The shares asked of the database, per evaluation. */
  final List<List<Integer>> applied = new ArrayList<>();

  final WhatIfService service = new WhatIfService();

  /**
   * What the database answers, by group: 30 household requests denied (that approving them all
   * would approve), at two locations.
   */
  final List<WhatIfGroup> cells =
      List.of(
          group("HOUSEHOLD_MEMBER|LINCOLN-ES|TEACHER", DecisionOutcome.DENIED, 20),
          group("HOUSEHOLD_MEMBER|JUAREZ-HS|TEACHER", DecisionOutcome.DENIED, 10),
          group("HOUSEHOLD_MEMBER|LINCOLN-ES|CLERK", DecisionOutcome.APPROVED, 20),
          group("OWN_CONDITION|JUAREZ-HS|TEACHER", DecisionOutcome.APPROVED, 40),
          group("OWN_CONDITION|JUAREZ-HS|CLERK", DecisionOutcome.DENIED, 3));

  WhatIfServiceTest() {
    Fields.set(service, "queries", queries());
    Fields.set(service, "policies", policies);
    Fields.set(service, "currentUser", user);
    Fields.set(service, "protection", Protection.withMinimum(11));
    Fields.set(service, "disclosures", log.records(user, clock));
    Fields.set(service, "clock", clock);
  }

  /** Full-remote requests of {@code CATEGORY|LOCATION|JOB_CLASS}, with a key sum of their own. */
  static WhatIfGroup group(String cell, DecisionOutcome actual, long n) {
    String[] k = cell.split("\\|");
    return new WhatIfGroup(
        Category.valueOf(k[0]),
        k[1],
        k[2],
        ArrangementType.FULL_REMOTE,
        null,
        actual,
        0,
        new Tally(n, cell.hashCode() * 104_729L + actual.ordinal()));
  }

  ConsistencyQueries queries() {
    return new ConsistencyQueries() {
      @Override
      public List<CellCount> counts(Unit u, Measure m, StatsFilter f) {
        throw new UnsupportedOperationException();
      }

      @Override
      public List<AlikePair> alikeWithDifferentOutcomes(
          StatsFilter f, Set<String> locations, int d, int l) {
        throw new UnsupportedOperationException();
      }

      @Override
      public List<WhatIfGroup> whatIf(List<Integer> shares, StatsFilter f) {
        applied.add(shares);
        return cells;
      }
    };
  }

  static final List<RuleInput> APPROVE_HOUSEHOLD =
      List.of(new RuleInput("household_member", null, "APPROVE_ALL", null));

  static Set<String> fields(Runnable r) {
    InvalidInputException e = assertThrows(InvalidInputException.class, r::run);
    return e.errors().stream().map(FieldError::field).collect(Collectors.toSet());
  }

  @Test
  void hrGetsExactCountsAndRatesBesideWhatHappened() {
    user.as("hr", Role.REVIEWER);
    WhatIfReport r = service.evaluate(APPROVE_HOUSEHOLD, YEAR);
    assertEquals(Cell.of(93L), r.total().actual().decided());
    assertEquals(Cell.of(33L), r.total().actual().denied());
    assertEquals(Cell.of(3L), r.total().underPolicy().denied());
    assertEquals(Cell.of(90L), r.total().underPolicy().approved());
    assertEquals(3.0 / 93, r.total().underPolicy().denialRate().value().doubleValue(), 1e-12);
    assertEquals(
        List.of("JUAREZ-HS", "LINCOLN-ES"),
        r.byLocation().stream().map(WhatIfReport.Row::key).toList());
    assertEquals(Cell.of(40L), r.byLocation().get(1).actual().decided(), "cells added up");
    assertEquals(Cell.of(23L), r.byJobClass().get(0).actual().decided(), "CLERK: 20 + 3");
    WhatIfReport.Row household = r.byCategory().get(0);
    assertEquals("HOUSEHOLD_MEMBER", household.key());
    assertEquals(Cell.of(30L), household.actual().denied());
    assertEquals(Cell.of(0L), household.underPolicy().denied());
    assertEquals(
        List.of(new WhatIfReport.RuleView("HOUSEHOLD_MEMBER", null, "APPROVE_ALL", null)),
        r.rules(),
        "the rule as parsed, case-insensitive");
    assertEquals(List.of(List.of()), applied, "no share asked of the database");
    assertTrue(log.entries.isEmpty());
  }

  @Test
  void theUnionGetsProtectedFiguresAndItsViewIsLogged() {
    user.as("rep", Role.UNION_REP);
    WhatIfReport r = service.evaluate(APPROVE_HOUSEHOLD, YEAR);
    assertTrue(r.protectedView());
    WhatIfReport.Row own = r.byCategory().get(1);
    assertTrue(own.actual().denied().suppressed(), "3 denials: hidden");
    assertEquals(1, log.entries.size());
    assertEquals(
        "what-if rules [HOUSEHOLD_MEMBER/ANY:APPROVE_ALL] from=2025-01-01 to=2025-12-31",
        log.entries.get(0).getQuery());
    assertTrue(log.entries.get(0).getHidden() > 0);
    StatsFilter part = StatsFilter.parse(null, "2025-01-02", "2025-02-01", null, null);
    assertEquals(Set.of("period"), fields(() -> service.evaluate(APPROVE_HOUSEHOLD, part)));
  }

  /**
   * A share is another set of requests for every number: a hundred of them averaged would undo the
   * union's protection, so the union may not use one (to evaluate or to save); HR may.
   */
  @Test
  void theUnionMayNotUseAShareAndIsNotToldWhoWroteHrsPolicies() {
    List<RuleInput> share = List.of(new RuleInput("OWN_CONDITION", null, "APPROVE_SHARE", 40));
    user.as("rep", Role.UNION_REP);
    assertEquals(Set.of("rules[0].rule"), fields(() -> service.evaluate(share, YEAR)));
    assertEquals(Set.of("rules[0].rule"), fields(() -> service.create("Half", share)));
    assertTrue(applied.isEmpty());
    user.as("hr", Role.REVIEWER);
    service.evaluate(share, YEAR);
    assertEquals(List.of(40), applied.get(0), "the share asked of the database");
    PolicyView hrs = service.create("District offer", share);
    assertEquals("hr", hrs.createdBy());
    user.as("rep", Role.UNION_REP);
    assertEquals(null, service.policy(hrs.id()).createdBy(), "no HR user name for the union");
    assertEquals(Set.of("rules[0].rule"), fields(() -> service.evaluateSaved(hrs.id(), YEAR)));
    assertEquals(
        "what-if rules [HOUSEHOLD_MEMBER/ANY:APPROVE_ALL] from=2025-01-01 to=2025-12-31",
        evaluatedAndLogged());
  }

  private String evaluatedAndLogged() {
    service.evaluate(APPROVE_HOUSEHOLD, YEAR);
    return log.entries.get(log.entries.size() - 1).getQuery();
  }

  @Test
  void everyWrongFieldOfEveryRuleIsNamedInOneRound() {
    user.as("hr", Role.REVIEWER);
    assertEquals(
        Set.of("rules[0].category", "rules[1].rule", "rules[2].arrangement", "rules[3]"),
        fields(
            () ->
                service.evaluate(
                    java.util.Arrays.asList(
                        new RuleInput("NOBODY", null, "APPROVE_ALL", null),
                        new RuleInput("OWN_CONDITION", null, "MAYBE", null),
                        new RuleInput("PRIMARY_CAREGIVER", "BOAT", "DENY_ALL", null),
                        null),
                    YEAR)));
    assertEquals(Set.of("rules"), fields(() -> service.evaluate(List.of(), YEAR)));
    assertEquals(
        Set.of("rules[0].parameter"),
        fields(
            () ->
                service.evaluate(
                    List.of(new RuleInput("OWN_CONDITION", "ANY", "APPROVE_SHARE", 101)), YEAR)));
    assertTrue(applied.isEmpty(), "nothing asked of the database");
  }

  @Test
  void aSavedPolicyIsChangedOnlyByItsSideAtItsVersion() {
    user.as("rep", Role.UNION_REP);
    PolicyView p = service.create("Union proposal", APPROVE_HOUSEHOLD);
    assertEquals("UNION", p.side());
    assertTrue(p.changeable());
    assertEquals(Set.of("name"), fields(() -> service.create("union PROPOSAL", APPROVE_HOUSEHOLD)));

    user.as("hr", Role.REVIEWER);
    assertFalse(service.policy(p.id()).changeable());
    assertEquals(
        Set.of("policy"),
        fields(() -> service.change(p.id(), p.version(), "Mine", APPROVE_HOUSEHOLD)));
    assertEquals(Set.of("policy"), fields(() -> service.remove(p.id(), p.version())));
    service.evaluateSaved(p.id(), YEAR);
    assertEquals(1, applied.size(), "HR may apply it");

    user.as("rep", Role.UNION_REP);
    assertEquals(Set.of("If-Match"), fields(() -> service.remove(p.id(), null)));
    assertThrows(StaleVersionException.class, () -> service.remove(p.id(), p.version() + 1));
    PolicyView changed = service.change(p.id(), p.version(), "Union proposal 2", APPROVE_HOUSEHOLD);
    assertEquals("Union proposal 2", service.policies().get(0).name());
    assertEquals(p.version() + 1, changed.version());
    assertThrows(StaleVersionException.class, () -> service.remove(p.id(), p.version()));
    service.remove(p.id(), changed.version());
    assertTrue(service.policies().isEmpty());
    assertEquals(Set.of("policy"), fields(() -> service.policy(p.id())));
  }

  /** Saved policies in memory. */
  static final class Policies implements WhatIfPolicyRepository {
    final Map<Long, WhatIfPolicy> byId = new HashMap<>();
    long next = 1;

    @Override
    public void add(WhatIfPolicy policy) {
      Fields.set(policy, "id", next);
      byId.put(next++, policy);
    }

    @Override
    public Optional<WhatIfPolicy> find(long id) {
      return Optional.ofNullable(byId.get(id));
    }

    @Override
    public boolean nameTaken(String name, Long exceptId) {
      return byId.values().stream()
          .anyMatch(p -> p.getName().equalsIgnoreCase(name.strip()) && !p.getId().equals(exceptId));
    }

    @Override
    public List<WhatIfPolicy> all() {
      return new ArrayList<>(byId.values());
    }

    @Override
    public void changed(WhatIfPolicy policy) {
      Fields.set(policy, "version", policy.getVersion() + 1); // as the database's update does
    }

    @Override
    public void remove(WhatIfPolicy policy) {
      byId.remove(policy.getId());
    }
  }
}
