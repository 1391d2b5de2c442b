package org.accommodationdesk.interfaces.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code POST /session/keepalive}: the "stay signed in" button of the session warning. It touches
 * the caller's existing session (which extends it) and answers 204; it never creates a session, so
 * it gives nothing to anyone without one (then it answers 401).
 */
@WebServlet("/session/keepalive")
public class SessionKeepAliveServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) {
    boolean signedIn = request.getSession(false) != null && request.getUserPrincipal() != null;
    response.setStatus(
        signedIn ? HttpServletResponse.SC_NO_CONTENT : HttpServletResponse.SC_UNAUTHORIZED);
  }
}
