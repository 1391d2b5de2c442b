package org.accommodationdesk.interfaces.web.union;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.accommodationdesk.application.PageResult;
import org.accommodationdesk.application.RequestService;
import org.accommodationdesk.application.UnionRequestView;

/**
 * {@code /union/shared.xhtml}: the requests employees chose to share with the union, newest first,
 * a page at a time.
 */
@Named
@ViewScoped
public class SharedRequestsBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 50;

  @Inject private RequestService requestService;

  private int page;
  private PageResult<UnionRequestView.Summary> result;

  /** The page's view action. */
  public void load() {
    result = requestService.listShared(Math.max(0, page), PAGE_SIZE);
  }

  public List<UnionRequestView.Summary> getRequests() {
    return result.items();
  }

  public long getTotal() {
    return result.total();
  }

  public boolean isHasNext() {
    return (long) (page + 1) * PAGE_SIZE < result.total();
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
