package org.accommodationdesk.domain.request;

/**
 * A business rule refused what was asked. The message is safe to show to the user; the {@link Kind}
 * says what sort of refusal it is, so that each interface maps kinds once (the API to a status
 * code, the pages to a message) instead of testing exception classes.
 */
public abstract class DomainException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What sort of refusal. */
  public enum Kind {
    /** What was sent breaks a rule of its fields (named in the exception). */
    INVALID,
    /** There is no such thing, or the caller may not know it exists. */
    NOT_FOUND,
    /** The caller may not take this step. */
    NOT_PERMITTED,
    /** The step is not possible in the state things are in now. */
    NOT_NOW,
    /** Someone else changed the same thing at the same moment. */
    CONCURRENT,
    /** The caller acted on a version that has changed since. */
    STALE
  }

  private final Kind kind;

  protected DomainException(Kind kind, String message) {
    super(message);
    this.kind = java.util.Objects.requireNonNull(kind, "kind");
  }

  public Kind kind() {
    return kind;
  }
}
