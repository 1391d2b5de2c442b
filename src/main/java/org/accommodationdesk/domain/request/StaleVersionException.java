package org.accommodationdesk.domain.request;

/** The caller acted on a version of the request that is no longer the current one. */
public class StaleVersionException extends DomainException {
  private static final long serialVersionUID = 1L;

  public StaleVersionException(long expected, long actual) {
    super(
        Kind.STALE,
        "The request has changed since you loaded it (you had version "
            + expected
            + ", it is now at version "
            + actual
            + "). Reload it and try again.");
  }
}
