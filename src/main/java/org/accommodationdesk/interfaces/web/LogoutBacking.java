package org.accommodationdesk.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Signs the user out and ends the session. */
@Named
@RequestScoped
public class LogoutBacking {
  @Inject private FacesContext facesContext;

  public void logout() throws IOException, ServletException {
    ExternalContext ec = facesContext.getExternalContext();
    ((HttpServletRequest) ec.getRequest()).logout();
    ec.invalidateSession();
    ec.redirect(ec.getRequestContextPath() + "/login.xhtml");
  }
}
