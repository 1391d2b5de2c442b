package org.accommodationdesk.application.notices;

import org.accommodationdesk.domain.notice.NoticeKind;

/**
 * The one rule for which words tell a notice (the page and the mail both follow it): the message
 * key of its kind, the ".dated" variant when it names a date. Parameters: {0} the request's number
 * (for a digest, how many requests it counts), {1} the date in the reader's language.
 */
public final class NoticeText {
  private NoticeText() {}

  public static String key(NoticeKind kind, boolean dated) {
    return "notice." + kind.name() + (dated ? ".dated" : "");
  }

  /** The page the recipient acts on, from the application's root. */
  public static String path(NoticeKind kind, Long requestId) {
    if (requestId == null) {
      return "/review/home.xhtml";
    }
    return switch (kind.audience()) {
          case REQUESTER -> "/employee/request.xhtml?id=";
          case HR -> "/review/case.xhtml?id=";
          case UNION -> "/union/request.xhtml?id=";
        }
        + requestId;
  }

  /**
   * The letter a notice tells of, for notices of a decision, a delay or an interim arrangement;
   * null for the others. A request has one decision per stage, so the stage names the letter for
   * good: the notice of the first decision keeps opening the first letter after an appeal was
   * decided. A delay's or an interim arrangement's notice opens the latest such letter.
   */
  public static String letterPath(NoticeKind kind, Long requestId) {
    return switch (kind) {
      case DECIDED -> "/letters/" + requestId + "/" + LETTER_OF_FIRST_DECISION;
      case APPEAL_DECIDED -> "/letters/" + requestId + "/" + LETTER_OF_APPEAL_DECISION;
      case DELAYED -> "/letters/" + requestId + "/" + LETTER_OF_DELAY;
      case INTERIM_GRANTED -> "/letters/" + requestId + "/" + LETTER_OF_INTERIM;
      default -> null;
    };
  }

  /** The last segment of the address of the first decision's letter. */
  public static final String LETTER_OF_FIRST_DECISION = "first";

  /** The last segment of the address of the latest notice of a delay. */
  public static final String LETTER_OF_DELAY = "delay";

  /** The last segment of the address of the latest interim arrangement's letter. */
  public static final String LETTER_OF_INTERIM = "interim";

  /** The last segment of the address of the appeal decision's letter. */
  public static final String LETTER_OF_APPEAL_DECISION = "appeal";
}
