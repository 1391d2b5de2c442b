package org.accommodationdesk.application.accounts;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The caller's role checks, remembered for one request: the container answers each through its
 * authorization policy (JACC), which costs noticeably when a use case asks several times.
 */
@RequestScoped
class CallerRoles {
  private final Map<String, Boolean> answers = new HashMap<>();

  boolean has(String role, Predicate<String> ask) {
    return answers.computeIfAbsent(role, ask::test);
  }
}
