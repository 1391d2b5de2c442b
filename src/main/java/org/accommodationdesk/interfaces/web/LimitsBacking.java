package org.accommodationdesk.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.accommodationdesk.domain.request.TextLimits;

/** The limits of what people type, for the pages' {@code maxlength}: read from their one home. */
@Named("limits")
@ApplicationScoped
public class LimitsBacking {
  /** The most characters of a case's free text ({@link TextLimits#TEXT}). */
  public int getText() {
    return TextLimits.TEXT;
  }

  /** The most characters of a reason given for a record ({@link TextLimits#REASON}). */
  public int getReason() {
    return TextLimits.REASON;
  }

  /** The most characters of an arrangement's description ({@link TextLimits#DESCRIPTION}). */
  public int getDescription() {
    return TextLimits.DESCRIPTION;
  }
}
