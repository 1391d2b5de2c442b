package org.accommodationdesk.domain.request;

/** Someone else changed the request at the same moment; this change was not applied. */
public class ConcurrentUpdateException extends DomainException {
  private static final long serialVersionUID = 1L;

  public ConcurrentUpdateException() {
    super(
        Kind.CONCURRENT,
        "Someone else changed this request at the same time. Reload it and try again.");
  }
}
