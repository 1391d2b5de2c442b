package org.accommodationdesk.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.accommodationdesk.application.accounts.AccountService;

/** {@code /index.xhtml}: to the user's home page, or to the login page. */
@Named
@RequestScoped
public class HomeRedirectBacking {
  @Inject private AccountService accountService;
  @Inject private FacesContext facesContext;

  public void redirect() throws IOException {
    ExternalContext ec = facesContext.getExternalContext();
    String target = accountService.currentProfile().map(p -> p.homePage()).orElse("/login.xhtml");
    ec.redirect(ec.getRequestContextPath() + target);
  }
}
