package org.accommodationdesk.domain.request;

/** Everything that can happen to a request and is written into its history. */
public enum Action {
  SUBMIT,
  START_REVIEW,
  REQUEST_INFO,
  PROVIDE_INFO,
  APPROVE,
  APPROVE_WITH_CHANGES,
  DENY,
  WITHDRAW,
  APPEAL,
  /** A supporting document was attached (no change of status). */
  DOCUMENT_ADDED,
  /** A supporting document was downloaded (no change of status). */
  DOCUMENT_DOWNLOADED,
  /** The requester let the union see this request (status, timeline, decision reason). */
  UNION_ACCESS_GRANTED,
  /** The requester withdrew the union's access. */
  UNION_ACCESS_REVOKED,
  /** The letter of a decision was issued (with the decision, by the same person). */
  LETTER_ISSUED,
  /** An approval ended on its end date (the daily work). */
  EXPIRE,
  /**
   * The requester accepted an arrangement granted with changes (no change of status): the decision
   * is then final, no longer open to appeal.
   */
  ACCEPT,
  /**
   * An HR lead gave the request to a reviewer (no change of status; the history keeps the
   * reviewer's user name): only they may take it into review and decide it.
   */
  ASSIGN,
  /**
   * An HR reviewer expedited the request (no change of status; the history keeps the date it is
   * needed by, as data): its decision is due by that date when it comes before the normal limit.
   */
  EXPEDITE,
  /**
   * HR or an administrator exported the whole case file (a legal request, a grievance): the history
   * keeps who, when and why (no change of status).
   */
  CASE_FILE_EXPORTED,
  /**
   * HR recorded why the decision is late and when it is expected (no change of status; the history
   * keeps the reason's code and the date as data).
   */
  RECORD_DELAY,
  /**
   * The employee was sent the written notice that the decision passed its hard limit (the daily
   * work; no change of status).
   */
  DELAY_NOTICE,
  /**
   * HR granted a temporary arrangement while the request waits (no change of status; the history
   * keeps its type and last day as data).
   */
  GRANT_INTERIM,
  /**
   * The interim arrangement ended: the request was decided or withdrawn, or its last day passed.
   */
  END_INTERIM,
  /**
   * HR recorded what the system cannot know (the reporting record: when the arrangement took
   * effect, medical information asked for and why, cost, sources of technical assistance); the
   * history names the fields changed, as data (no change of status).
   */
  RECORD_DETAILS,
  /**
   * An HR lead compared this request with an alike one that got a different outcome and recorded
   * what the review found (the other request's number as data, the note as text; issue 26).
   */
  CONSISTENCY_REVIEWED,
  /**
   * The employee confirmed a request someone filed for them (proxy intake; no change of status):
   * from then on HR may read it and act on it, and its decision clock runs.
   */
  CONFIRM;

  /**
   * Whether only HR sees this step in a request's history: HR's own record (the reporting record,
   * consistency reviews), not the requester's or the union's business. The one home of that rule.
   */
  public boolean isHrOnly() {
    return this == RECORD_DETAILS || this == CONSISTENCY_REVIEWED;
  }

  /** Whether this is a step of the workflow that someone may ask for. */
  public boolean isWorkflowStep() {
    return this != SUBMIT
        && this != DOCUMENT_ADDED
        && this != DOCUMENT_DOWNLOADED
        && this != UNION_ACCESS_GRANTED
        && this != UNION_ACCESS_REVOKED
        && this != LETTER_ISSUED
        && this != EXPIRE
        && this != ASSIGN
        && this != CASE_FILE_EXPORTED
        && this != DELAY_NOTICE
        && this != END_INTERIM
        && !isHrOnly();
  }
}
