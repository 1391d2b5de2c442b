package org.accommodationdesk.interfaces.web.consistency;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.accommodationdesk.application.accounts.CurrentUser;
import org.accommodationdesk.application.requests.PageResult;
import org.accommodationdesk.application.stats.DisclosureLogService;
import org.accommodationdesk.interfaces.web.FacesSupport;

/**
 * {@code /report/disclosures.xhtml?page=2}: the disclosure log, for administrators (everyone's) and
 * union reps (their own); others get the not-found page. A page that posts nothing.
 */
@Named
@RequestScoped
public class DisclosureLogBacking {
  @Inject private DisclosureLogService log;
  @Inject private CurrentUser currentUser;

  private String page;
  private int pageNumber = 1;
  private PageResult<DisclosureLogService.Entry> entries;

  /** The page's view action. */
  public void load() throws IOException {
    if (!currentUser.isAdministrator() && !currentUser.isUnionRep()) {
      FacesSupport.notFound();
      return;
    }
    Long p = FacesSupport.requestId(page);
    pageNumber = p == null || p < 1 || p > 100_000 ? 1 : p.intValue();
    entries = log.page(pageNumber);
  }

  /** The entries, loaded at the latest when first read (a postback of the header's forms). */
  public PageResult<DisclosureLogService.Entry> getEntries() {
    if (entries == null) {
      try {
        load();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return entries;
  }

  public boolean isAll() {
    return log.seesAll();
  }

  public int getPageNumber() {
    return pageNumber;
  }

  public boolean isHasNext() {
    return (long) pageNumber * DisclosureLogService.PAGE < getEntries().total();
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }
}
