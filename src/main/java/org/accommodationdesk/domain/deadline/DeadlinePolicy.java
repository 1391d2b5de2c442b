package org.accommodationdesk.domain.deadline;

/**
 * How long each party has, in business days: HR's first action after filing, HR's decision after
 * filing, the employee's answer to a question, and HR's decision on an appeal. The defaults follow
 * the EEOC's own procedures (route within 5 business days, decide within 15-20).
 */
public record DeadlinePolicy(
    int firstActionDays,
    int decisionDays,
    int answerDays,
    int appealDecisionDays,
    int hardLimitDays) {
  /** The most business days any clock may be set to (about a year). */
  public static final int MAX_DAYS = 250;

  // The defaults, as text for the configuration's defaultValue and as the DEFAULT policy.
  /** HR's first action: 5 business days after filing. */
  public static final String DEFAULT_FIRST_ACTION_DAYS = "5";

  /** HR's decision: 15 business days after filing. */
  public static final String DEFAULT_DECISION_DAYS = "15";

  /** The employee's answer to a question: 10 business days. */
  public static final String DEFAULT_ANSWER_DAYS = "10";

  /** HR's decision on an appeal: 15 business days after it was filed. */
  public static final String DEFAULT_APPEAL_DECISION_DAYS = "15";

  /**
   * The hard limit: 30 business days after filing (or appealing), the clock paused as for the
   * decision. Past it the employee gets a written notice of the delay.
   */
  public static final String DEFAULT_HARD_LIMIT_DAYS = "30";

  /** The appeal window: 15 calendar days after a decision. */
  public static final String DEFAULT_APPEAL_WINDOW_DAYS = "15";

  /** The policy when nothing is configured. */
  public static final DeadlinePolicy DEFAULT =
      new DeadlinePolicy(
          Integer.parseInt(DEFAULT_FIRST_ACTION_DAYS),
          Integer.parseInt(DEFAULT_DECISION_DAYS),
          Integer.parseInt(DEFAULT_ANSWER_DAYS),
          Integer.parseInt(DEFAULT_APPEAL_DECISION_DAYS),
          Integer.parseInt(DEFAULT_HARD_LIMIT_DAYS));

  /** A policy with the default hard limit (30 business days, or the decision's when later). */
  public DeadlinePolicy(
      int firstActionDays, int decisionDays, int answerDays, int appealDecisionDays) {
    this(
        firstActionDays,
        decisionDays,
        answerDays,
        appealDecisionDays,
        Math.max(
            Integer.parseInt(DEFAULT_HARD_LIMIT_DAYS), Math.max(decisionDays, appealDecisionDays)));
  }

  public DeadlinePolicy {
    check("first-action-days", firstActionDays);
    check("decision-days", decisionDays);
    check("answer-days", answerDays);
    check("appeal-decision-days", appealDecisionDays);
    check("hard-limit-days", hardLimitDays);
    if (hardLimitDays < decisionDays || hardLimitDays < appealDecisionDays) {
      throw new IllegalArgumentException(
          "hard-limit-days must not come before the decision's limits ("
              + Math.max(decisionDays, appealDecisionDays)
              + " business days), not "
              + hardLimitDays);
    }
  }

  private static void check(String name, int days) {
    if (days < 1 || days > MAX_DAYS) {
      throw new IllegalArgumentException(
          name + " must be between 1 and " + MAX_DAYS + " business days, not " + days);
    }
  }
}
