package org.accommodationdesk.domain.request;

/**
 * The one definition of how long a text a person writes into a case may be (an explanation, a
 * question, an answer, a statement, the request's own texts): the columns, the domain's checks, the
 * API's validation and the pages' {@code maxlength} all read it from here.
 */
public final class TextLimits {
  /** The most characters of any free text of a case. */
  public static final int TEXT = 4000;

  /** The most characters of an arrangement's description (asked for or granted). */
  public static final int DESCRIPTION = 2000;

  /** The most characters of a reason given for a record (exporting a case file). */
  public static final int REASON = 1000;

  private TextLimits() {}
}
