package org.accommodationdesk.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.accommodationdesk.application.accounts.CurrentUser;

/** Signs the user out and ends the session (and the provider's, after a sign-in through it). */
@Named
@RequestScoped
public class LogoutBacking {
  @Inject private FacesContext facesContext;

  public void logout() throws IOException, ServletException {
    ExternalContext ec = facesContext.getExternalContext();
    Object providerSignOut = ec.getSessionMap().get(CurrentUser.PROVIDER_SIGN_OUT_ATTRIBUTE);
    ((HttpServletRequest) ec.getRequest()).logout();
    ec.invalidateSession();
    // signed in through the organisation's provider: end that session too, which comes back here
    ec.redirect(
        providerSignOut instanceof String url ? url : ec.getRequestContextPath() + "/login.xhtml");
  }
}
