package org.accommodationdesk.domain.request;

/** The kind of remote work asked for or granted. */
public enum ArrangementType {
  FULL_REMOTE(5, 5),
  PARTIAL_REMOTE(1, 4),
  OTHER(0, 0);

  private final int fewestDays;
  private final int mostDays;

  ArrangementType(int fewestDays, int mostDays) {
    this.fewestDays = fewestDays;
    this.mostDays = mostDays;
  }

  /**
   * Remote days a week a request of this kind asks for: five for full remote, the days given for
   * partial remote (the most it may ask when none were given), none for another arrangement (which
   * names no days).
   */
  public int daysAsked(Integer remoteDaysPerWeek) {
    // days outside the kind's range (never accepted, but the database has no check) count as the
    // nearest the kind allows, so that every request falls in one of a policy's day parts
    return remoteDaysPerWeek == null
        ? mostDays
        : Math.max(fewestDays, Math.min(mostDays, remoteDaysPerWeek));
  }

  /** The fewest remote days a week a request of this kind can ask for. */
  public int fewestDays() {
    return fewestDays;
  }

  /** The most remote days a week a request of this kind can ask for. */
  public int mostDays() {
    return mostDays;
  }
}
