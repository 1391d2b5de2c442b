package org.accommodationdesk.domain.analysis;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.accommodationdesk.domain.request.FieldErrors;
import org.accommodationdesk.domain.request.InvalidInputException;

/**
 * A named policy for the bargaining table ("district offer", "union proposal"): rules per category
 * and arrangement, applied to a past period to show what would have happened. Kept by the side that
 * wrote it (HR or the union), which alone may change or remove it; both sides may apply it.
 */
@Entity
@Table(name = "what_if_policy")
public class WhatIfPolicy {
  /** Who wrote a policy, and so may change it. */
  public enum Side {
    HR,
    UNION
  }

  public static final int NAME_MAX = 120;

  /** A policy names at most this many rules (three categories times four arrangement choices). */
  public static final int RULES_MAX = 12;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "policy_seq")
  @SequenceGenerator(name = "policy_seq", sequenceName = "policy_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  @Column(name = "name", nullable = false, length = NAME_MAX)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "side", nullable = false, length = 8)
  private Side side;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "what_if_rule", joinColumns = @JoinColumn(name = "policy_id"))
  @OrderColumn(name = "position")
  private List<PolicyRule> rules = new ArrayList<>();

  protected WhatIfPolicy() {}

  /**
   * A policy, its rules checked.
   *
   * @throws InvalidInputException naming what is wrong
   */
  public WhatIfPolicy(String name, Side side, List<PolicyRule> rules, String by, Instant now) {
    this.side = side;
    this.createdBy = by;
    change(name, rules, now);
  }

  /**
   * Checks rules without keeping them (a policy tried without saving it).
   *
   * @throws InvalidInputException naming what is wrong
   */
  public static List<PolicyRule> checked(List<PolicyRule> rules) {
    FieldErrors errors = new FieldErrors();
    check(rules, errors);
    errors.throwIfAny();
    return List.copyOf(rules);
  }

  /**
   * Renames the policy and replaces its rules.
   *
   * @throws InvalidInputException naming what is wrong
   */
  public void change(String newName, List<PolicyRule> newRules, Instant now) {
    FieldErrors errors = new FieldErrors();
    String n = newName == null ? "" : newName.strip();
    errors.require(!n.isEmpty(), "name", "give the policy a name");
    if (n.length() > NAME_MAX) {
      errors.add("name", "must be at most " + NAME_MAX + " characters");
    }
    check(newRules, errors);
    errors.throwIfAny();
    this.name = n;
    this.rules = new ArrayList<>(newRules);
    this.changedAt = now.truncatedTo(ChronoUnit.MICROS);
  }

  private static void check(List<PolicyRule> rules, FieldErrors errors) {
    if (rules == null || rules.isEmpty()) {
      errors.add("rules", "give at least one rule (a category, a rule, and its number if any)");
      return;
    }
    if (rules.size() > RULES_MAX) {
      errors.add("rules", "a policy has at most " + RULES_MAX + " rules");
    }
    for (int i = 0; i < rules.size(); i++) {
      PolicyRule r = rules.get(i);
      String field = "rules[" + i + "]";
      if (r.getKind().takesParameter()) {
        Integer p = r.getParameter();
        if (p == null || p < 0 || p > r.getKind().maximum()) {
          errors.add(
              field + ".parameter",
              r.getKind() == RuleKind.APPROVE_SHARE
                  ? "give the share approved, from 0 to 100 (per cent)"
                  : "give the remote days a week approved, from 0 to 5");
        }
      }
      for (int j = 0; j < i; j++) {
        if (rules.get(j).overlaps(r)) {
          errors.add(
              field, "two rules are for the same requests (" + rules.get(j) + ", " + r + ")");
          break;
        }
      }
    }
  }

  /** Whether someone of this side may change or remove the policy. */
  public boolean changeableBy(Side s) {
    return side == s;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getName() {
    return name;
  }

  public Side getSide() {
    return side;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public List<PolicyRule> getRules() {
    return List.copyOf(rules);
  }
}
