package org.accommodationdesk.domain.deadline;

/**
 * How long each party has, in business days: HR's first action after filing, HR's decision after
 * filing, the employee's answer to a question, and HR's decision on an appeal. The defaults follow
 * the EEOC's own procedures (route within 5 business days, decide within 15-20).
 */
public record DeadlinePolicy(
    int firstActionDays, int decisionDays, int answerDays, int appealDecisionDays) {
  /** The most business days any clock may be set to (about a year). */
  public static final int MAX_DAYS = 250;

  public static final DeadlinePolicy DEFAULT = new DeadlinePolicy(5, 15, 10, 15);

  public DeadlinePolicy {
    check("first-action-days", firstActionDays);
    check("decision-days", decisionDays);
    check("answer-days", answerDays);
    check("appeal-decision-days", appealDecisionDays);
  }

  private static void check(String name, int days) {
    if (days < 1 || days > MAX_DAYS) {
      throw new IllegalArgumentException(
          name + " must be between 1 and " + MAX_DAYS + " business days, not " + days);
    }
  }
}
