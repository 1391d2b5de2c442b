package org.accommodationdesk.interfaces.web.union;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.accommodationdesk.application.requests.RequestQueries;
import org.accommodationdesk.application.requests.UnionRequestView;
import org.accommodationdesk.interfaces.web.ListPage;

/**
 * {@code /union/shared.xhtml}: the requests employees chose to share with the union, newest first,
 * a page at a time.
 */
@Named
@ViewScoped
public class SharedRequestsBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 50;

  @Inject private RequestQueries queries;

  private final ListPage<UnionRequestView.Summary> list = new ListPage<>(PAGE_SIZE);

  /** The page's view action. */
  public void load() throws java.io.IOException {
    list.load(queries::listShared);
  }

  public List<UnionRequestView.Summary> getRequests() {
    return list.getItems();
  }

  public long getTotal() {
    return list.getTotal();
  }

  public boolean isHasNext() {
    return list.isHasNext();
  }

  public int getPage() {
    return list.getNumber();
  }

  /** The address's {@code page}, as written: {@link ListPage} reads it. */
  public String getPageParam() {
    return list.getParam();
  }

  public void setPageParam(String page) {
    list.setParam(page);
  }
}
