package org.accommodationdesk.domain.notice;

/**
 * What a notice tells its recipient. Stored as data (the request, a date); its words are rendered
 * in the recipient's language, in the app and in mail, and never carry medical details.
 */
public enum NoticeKind {
  /** To the employee: their request was received; a decision is expected by the date. */
  RECEIVED(true),
  /** To the employee: HR asked a question; answer by the date. */
  QUESTION(true),
  /** To the employee: a first decision; appeal by the date where they may. */
  DECIDED(true),
  /** To the employee: the decision on their appeal. */
  APPEAL_DECIDED(true),
  /** To the assigned reviewer: the employee answered the question. */
  ANSWERED(false),
  /** To the reviewers who may take it: an appeal was filed; to be decided by the date. */
  APPEAL_FILED(false),
  /** To the assigned reviewer: the employee withdrew the request. */
  WITHDRAWN(false),
  /** To the employee, two business days before: an answer is due by the date. */
  ANSWER_REMINDER(true),
  /** To the employee, three days before: the appeal window ends on the date. */
  APPEAL_REMINDER(true),
  /** To the employee, 30 days before: their approval ends on the date; they may ask to renew. */
  APPROVAL_ENDING(true),
  /** To HR leads, daily: how many requests are overdue. */
  OVERDUE_DIGEST(false),
  /** To the reviewer who decided: the employee accepted the arrangement granted with changes. */
  ACCEPTED(false),
  /** To a reviewer: an HR lead gave them the request; it is due by the date. */
  ASSIGNED(false),
  /**
   * To the employee: the decision passed its hard limit; a letter says why and when it is expected
   * (the date, when HR gave one).
   */
  DELAYED(true),
  /** To HR leads: a request passed its hard limit today; its employee was sent the notice. */
  PAST_HARD_LIMIT(false),
  /** To the employee: a temporary arrangement applies until the date, while the request waits. */
  INTERIM_GRANTED(true),
  /**
   * To the employee: someone filed a request for them; nothing happens until they confirm it, and
   * they may withdraw it.
   */
  FILED_FOR_YOU(Audience.REQUESTER),
  /** To the HR reviewer who filed a request for an employee: the employee confirmed it. */
  CONFIRMED(Audience.HR),
  /** To the union rep who filed a request for an employee: the employee confirmed it. */
  CONFIRMED_FOR_UNION(Audience.UNION);

  /** Whom a kind of notice goes to, and so which page it opens. */
  public enum Audience {
    /** The employee whose request it is. */
    REQUESTER,
    /** HR reviewers and leads. */
    HR,
    /** A union rep (about a request shared with the union). */
    UNION
  }

  private final Audience audience;

  NoticeKind(boolean forRequester) {
    this(forRequester ? Audience.REQUESTER : Audience.HR);
  }

  NoticeKind(Audience audience) {
    this.audience = audience;
  }

  /** Whom it goes to. */
  public Audience audience() {
    return audience;
  }

  /** Whether it goes to the employee who filed the request (else to HR or the union). */
  public boolean forRequester() {
    return audience == Audience.REQUESTER;
  }
}
