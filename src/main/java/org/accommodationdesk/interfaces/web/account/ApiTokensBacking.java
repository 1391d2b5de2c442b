package org.accommodationdesk.interfaces.web.account;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.accommodationdesk.application.accounts.TokenService;
import org.accommodationdesk.domain.account.ApiToken;
import org.accommodationdesk.domain.request.DomainException;
import org.accommodationdesk.interfaces.web.FacesSupport;

/**
 * {@code /account/tokens.xhtml}, for every signed-in role: create a personal access token (its
 * secret shown once, on this page only), see one's tokens, revoke one.
 */
@Named
@ViewScoped
public class ApiTokensBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The lifetimes offered, in days. */
  public static final List<Integer> LIFETIMES = List.of(7, 30, 90, 180, ApiToken.MAX_DAYS);

  @Inject private TokenService tokens;
  @Inject private FacesSupport faces;

  private String name;
  private int days = ApiToken.DEFAULT_DAYS;
  private TokenService.IssuedToken issued;
  private List<TokenService.TokenView> mine;

  /** The flash entry that carries a new token's secret across the redirect, shown once. */
  private static final String ISSUED = "org.accommodationdesk.issuedToken";

  /**
   * Creates a token, then the page again by a redirect (post, redirect, get): a reload or Back
   * never sends the form again, so never makes a second token; the secret is shown once, on that
   * page.
   */
  public String create() {
    try {
      TokenService.IssuedToken created = tokens.create(name, days);
      FacesContext.getCurrentInstance().getExternalContext().getFlash().put(ISSUED, created);
      return "/account/tokens.xhtml?faces-redirect=true";
    } catch (DomainException e) {
      faces.show(e, Map.of("name", "tokenForm:name", "days", "tokenForm:days"));
      return null;
    }
  }

  /** Revokes a token, then the page again by a redirect, saying so. */
  public String revoke(long id) {
    try {
      tokens.revoke(id);
      faces.info("tokens.revoked");
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/account/tokens.xhtml?faces-redirect=true";
    } catch (DomainException e) {
      faces.show(e, Map.of());
      return null;
    }
  }

  public List<TokenService.TokenView> getTokens() {
    if (mine == null) {
      mine = tokens.mine();
    }
    return mine;
  }

  public List<Integer> getLifetimes() {
    return LIFETIMES;
  }

  public int getNameMax() {
    return ApiToken.NAME_MAX;
  }

  /** The token just made, from the redirect's flash (this page view only). */
  public TokenService.IssuedToken getIssued() {
    if (issued == null) {
      issued =
          (TokenService.IssuedToken)
              FacesContext.getCurrentInstance().getExternalContext().getFlash().get(ISSUED);
    }
    return issued;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public int getDays() {
    return days;
  }

  public void setDays(int days) {
    this.days = days;
  }
}
