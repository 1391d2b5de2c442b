package org.accommodationdesk.domain.request;

import java.util.Objects;

/**
 * Who is acting on a request: their user name and whether they act as an HR reviewer. The
 * application layer builds it from the authenticated caller.
 */
public record Actor(String username, boolean reviewer) {
  public Actor {
    Objects.requireNonNull(username, "username");
    if (username.isBlank()) {
      throw new IllegalArgumentException("username must not be blank");
    }
  }

  public static Actor employee(String username) {
    return new Actor(username, false);
  }

  public static Actor reviewer(String username) {
    return new Actor(username, true);
  }
}
