package org.accommodationdesk.infrastructure.security;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * Who signed in on this HTTP session, with which groups, and when: written once at sign-in (after
 * the password was checked), read on every later request. Serializable, so that a session
 * replicated to another instance (Payara's data grid) keeps its login.
 */
record SessionLogin(String name, Set<String> groups, Instant signedInAt) implements Serializable {
  private static final String ATTRIBUTE = SessionLogin.class.getName();

  SessionLogin {
    groups = Set.copyOf(groups);
  }

  static void keep(HttpSession session, String name, Set<String> groups, Instant signedInAt) {
    session.setAttribute(ATTRIBUTE, new SessionLogin(name, groups, signedInAt));
  }

  /** The login kept on this session, or null when there is none (or no session). */
  static SessionLogin of(HttpSession session) {
    if (session == null) {
      return null;
    }
    try {
      return session.getAttribute(ATTRIBUTE) instanceof SessionLogin login ? login : null;
    } catch (IllegalStateException invalidated) {
      return null;
    }
  }
}
