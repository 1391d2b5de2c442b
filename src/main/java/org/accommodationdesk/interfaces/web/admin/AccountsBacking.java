package org.accommodationdesk.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.accommodationdesk.application.accounts.AccountAdministration;
import org.accommodationdesk.application.accounts.AccountAdministration.AccountView;
import org.accommodationdesk.interfaces.web.ListPage;

/**
 * {@code /admin/accounts.xhtml}: every account, or those a search finds ({@code q}: part of a user
 * name or a name, kept in the address), by user name, 50 at a time.
 */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 50;

  @Inject private AccountAdministration administration;
  @Inject private org.accommodationdesk.interfaces.web.FacesSupport faces;

  private final ListPage<AccountView> list = new ListPage<>(PAGE_SIZE);

  /** The address's {@code q}: part of a user name or a name; empty: every account. */
  private String search;

  /** The page's view action. */
  public void load() throws java.io.IOException {
    try {
      list.load((page, size) -> administration.list(search, page, size));
    } catch (org.accommodationdesk.domain.request.DomainException e) {
      faces.show(e, java.util.Map.of("q", "q"));
      search = null;
      list.load(administration::list);
    }
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
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
