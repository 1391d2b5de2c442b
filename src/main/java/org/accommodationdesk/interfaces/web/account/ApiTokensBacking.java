package org.accommodationdesk.interfaces.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.accommodationdesk.application.TokenService;
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

  public void create() {
    try {
      issued = tokens.create(name, days);
      name = null;
      mine = null;
    } catch (DomainException e) {
      faces.show(e, Map.of("name", "tokenForm:name", "days", "tokenForm:days"));
    }
  }

  public void revoke(long id) {
    try {
      tokens.revoke(id);
      issued = null;
      mine = null;
      faces.info("tokens.revoked");
    } catch (DomainException e) {
      faces.show(e, Map.of());
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

  public TokenService.IssuedToken getIssued() {
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
