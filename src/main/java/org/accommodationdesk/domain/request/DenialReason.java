package org.accommodationdesk.domain.request;

/** The fixed list of reasons a denial must cite. */
public enum DenialReason {
  INSUFFICIENT_DOCUMENTATION,
  ESSENTIAL_FUNCTIONS_REQUIRE_PRESENCE,
  UNDUE_HARDSHIP,
  NOT_ELIGIBLE_UNDER_POLICY,
  OTHER
}
