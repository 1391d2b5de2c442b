package org.accommodationdesk.interfaces.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.accommodationdesk.application.notices.NoticeService;
import org.accommodationdesk.application.notices.NoticeService.NoticePage;
import org.accommodationdesk.application.notices.NoticeService.NoticeView;
import org.accommodationdesk.application.notices.NoticeText;
import org.accommodationdesk.domain.notice.NoticeKind;
import org.accommodationdesk.interfaces.web.FacesSupport;

/** {@code /account/notices.xhtml}: the signed-in person's notices, for every role. */
@Named
@ViewScoped
public class NoticesBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int PAGE = 100;

  @Inject private NoticeService notices;
  @Inject private FacesSupport faces;

  private NoticePage page;

  @PostConstruct
  void load() {
    page = notices.mine(0, PAGE);
  }

  /** How many notices the page lists (the newest); the API pages through all of them. */
  public int getShown() {
    return PAGE;
  }

  public NoticePage getPage() {
    return page;
  }

  /** The message key of a notice's words (the one rule, {@link NoticeText}). */
  public String key(NoticeView n) {
    return NoticeText.key(NoticeKind.valueOf(n.kind()), n.date() != null);
  }

  /** Where the notice's request is acted on. */
  public String link(NoticeView n) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + NoticeText.path(NoticeKind.valueOf(n.kind()), n.requestId());
  }

  /** The decision letter of a decision's notice; null for the others. */
  public String letter(NoticeView n) {
    String path = NoticeText.letterPath(NoticeKind.valueOf(n.kind()), n.requestId());
    return path == null
        ? null
        : FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + path;
  }

  public void markAllRead() throws IOException {
    notices.markAllRead();
    FacesContext fc = FacesContext.getCurrentInstance();
    ExternalContext ec = fc.getExternalContext();
    ec.getFlash().setKeepMessages(true);
    fc.addMessage(
        null, new FacesMessage(FacesMessage.SEVERITY_INFO, faces.text("notices.markedRead"), null));
    ec.redirect(ec.getRequestContextPath() + "/account/notices.xhtml");
  }
}
