package org.accommodationdesk.domain.request;

/** What a letter of a case is about. */
public enum LetterKind {
  /** The letter of a decision (the first one, or the one on appeal). */
  DECISION,
  /** The written notice that the decision passed its hard limit: why, and when it is expected. */
  DELAY,
  /** A temporary arrangement granted while the request waits, and until when. */
  INTERIM
}
