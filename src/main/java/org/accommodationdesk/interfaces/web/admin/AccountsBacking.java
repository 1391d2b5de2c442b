package org.accommodationdesk.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.accommodationdesk.application.AccountAdministration;
import org.accommodationdesk.application.AccountAdministration.AccountView;
import org.accommodationdesk.application.PageResult;

/** {@code /admin/accounts.xhtml}: every account, by user name, 50 at a time. */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 50;

  @Inject private AccountAdministration administration;

  private int page;
  private PageResult<AccountView> result;

  /** The page's view action. */
  public void load() {
    page = Math.max(0, page);
    result = administration.list(page, PAGE_SIZE);
  }

  public List<AccountView> getAccounts() {
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
