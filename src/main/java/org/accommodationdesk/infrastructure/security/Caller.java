package org.accommodationdesk.infrastructure.security;

import java.util.Set;

/** Who a request comes from, once their password or token was checked, and their groups. */
record Caller(String name, Set<String> groups) {
  Caller {
    groups = Set.copyOf(groups);
  }
}
