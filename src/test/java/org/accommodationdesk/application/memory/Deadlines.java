package org.accommodationdesk.application.memory;

import java.time.Clock;
import org.accommodationdesk.application.deadlines.CaseDeadlines;
import org.accommodationdesk.domain.deadline.DeadlinePolicy;
import org.accommodationdesk.domain.reference.ReferenceDataRepository;

/** The deadlines in force as configured by default (Chicago, Saturday and Sunday off). */
public final class Deadlines {
  private Deadlines() {}

  public static CaseDeadlines byDefault(ReferenceDataRepository referenceData, Clock clock) {
    CaseDeadlines d = new CaseDeadlines();
    Fields.set(d, "referenceData", referenceData);
    Fields.set(d, "clock", clock);
    Fields.set(d, "zone", "America/Chicago");
    Fields.set(d, "weekend", "SATURDAY,SUNDAY");
    Fields.set(d, "firstActionDays", Integer.parseInt(DeadlinePolicy.DEFAULT_FIRST_ACTION_DAYS));
    Fields.set(d, "decisionDays", Integer.parseInt(DeadlinePolicy.DEFAULT_DECISION_DAYS));
    Fields.set(d, "answerDays", Integer.parseInt(DeadlinePolicy.DEFAULT_ANSWER_DAYS));
    Fields.set(
        d, "appealDecisionDays", Integer.parseInt(DeadlinePolicy.DEFAULT_APPEAL_DECISION_DAYS));
    Fields.set(d, "appealWindowDays", Integer.parseInt(DeadlinePolicy.DEFAULT_APPEAL_WINDOW_DAYS));
    Fields.set(d, "hardLimitDays", Integer.parseInt(DeadlinePolicy.DEFAULT_HARD_LIMIT_DAYS));
    return d;
  }
}
