package org.accommodationdesk.application;

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
    return (kind.forRequester() ? "/employee/request.xhtml?id=" : "/review/case.xhtml?id=")
        + requestId;
  }

  /** The decision letter's page, for notices of a decision; null for the others. */
  public static String letterPath(NoticeKind kind, Long requestId) {
    return kind == NoticeKind.DECIDED || kind == NoticeKind.APPEAL_DECIDED
        ? "/letters/" + requestId
        : null;
  }
}
