package org.accommodationdesk.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.accommodationdesk.application.accounts.AccountAdministration;
import org.accommodationdesk.application.accounts.AccountAdministration.AccountView;
import org.accommodationdesk.interfaces.web.ListPage;

/** {@code /admin/accounts.xhtml}: every account, by user name, 50 at a time. */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 50;

  @Inject private AccountAdministration administration;

  private final ListPage<AccountView> list = new ListPage<>(PAGE_SIZE);

  /** The page's view action. */
  public void load() throws java.io.IOException {
    list.load(administration::list);
  }

  public List<AccountView> getAccounts() {
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
