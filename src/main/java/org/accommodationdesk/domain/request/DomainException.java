package org.accommodationdesk.domain.request;

/** A business rule refused what was asked. The message is safe to show to the user. */
public abstract class DomainException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected DomainException(String message) {
    super(message);
  }
}
