package org.accommodationdesk.interfaces.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.accommodationdesk.application.notices.NoticeService;

/**
 * The header's counts (unread notices, requests waiting on the reader), read at most once per page
 * and only when the header shows them.
 */
@Named
@RequestScoped
public class HeaderCountsBacking {
  @Inject private NoticeService notices;
  private Long unread;
  private Long needsAction;

  public long getUnread() {
    if (unread == null) {
      unread = notices.unreadCount();
    }
    return unread;
  }

  public long getNeedsAction() {
    if (needsAction == null) {
      needsAction = notices.needsAction();
    }
    return needsAction;
  }
}
