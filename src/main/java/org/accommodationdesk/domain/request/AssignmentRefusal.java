package org.accommodationdesk.domain.request;

/**
 * Why a request cannot be given to a reviewer: each reason a code (for the reader's language) and
 * words.
 */
public enum AssignmentRefusal {
  /** It is no longer waiting or in review. */
  NOT_OPEN("it is no longer waiting or in review"),
  /** The reviewer filed it: nobody reviews their own request. */
  OWN_REQUEST("nobody may review their own request"),
  /** It was appealed, and the reviewer made its first decision. */
  FIRST_DECIDER("an appeal goes to someone other than the reviewer who made the first decision"),
  /** The reviewer does not serve the request's work location. */
  NOT_SERVED("the reviewer does not serve its work location");

  private final String words;

  AssignmentRefusal(String words) {
    this.words = words;
  }

  /** The message code of this reason ({@code assign.<name>}). */
  public String code() {
    return "assign." + name();
  }

  /** The reason in words, without the request it is about. */
  public String words() {
    return words;
  }
}
