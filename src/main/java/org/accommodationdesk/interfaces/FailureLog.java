package org.accommodationdesk.interfaces;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one way an unexpected failure is logged: an incident number to quote, and for each exception
 * in the chain its type and where it was thrown, but never its message. Messages of database and
 * container exceptions can carry what a person wrote (a justification, an explanation), and no
 * request text may reach the log (docs/reliability.md).
 */
public final class FailureLog {
  private static final Logger LOG = Logger.getLogger(FailureLog.class.getName());
  private static final int FRAMES_PER_CAUSE = 12;

  private FailureLog() {}

  /** Logs the failure and answers the incident number to show the user. */
  public static String incident(Throwable failure) {
    String id = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, () -> "Unexpected failure " + id + describe(failure));
    return id;
  }

  /** The exception chain without messages: types and frames. */
  static String describe(Throwable failure) {
    StringBuilder b = new StringBuilder();
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 10; t = t.getCause(), depth++) {
      b.append(depth == 0 ? "\n" : "\nCaused by: ").append(t.getClass().getName());
      StackTraceElement[] frames = t.getStackTrace();
      for (int i = 0; i < Math.min(FRAMES_PER_CAUSE, frames.length); i++) {
        b.append("\n\tat ").append(frames[i]);
      }
      if (frames.length > FRAMES_PER_CAUSE) {
        b.append("\n\t... ").append(frames.length - FRAMES_PER_CAUSE).append(" more");
      }
    }
    return b.toString();
  }
}
