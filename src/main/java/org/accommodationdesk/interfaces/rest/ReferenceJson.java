package org.accommodationdesk.interfaces.rest;

import java.util.List;

/**
 * The body of {@code POST} and {@code PATCH} on {@code /api/admin/locations}, {@code
 * /api/admin/job-classes} and {@code /api/admin/denial-reasons}. On PATCH, a field left out stays
 * as it is; {@code code} cannot change.
 */
public class ReferenceJson {
  /** 2 to 40 capital letters, digits, dashes or underscores, starting with a letter (POST only). */
  public String code;

  /** The name (English for a job class), 1 to 200 characters. */
  public String name;

  /** The Spanish name of a job class or denial reason; an empty string removes it. */
  public String nameEs;

  /**
   * A location's HR reviewers (user names): a reviewer named for some locations sees only their
   * requests; an empty list lets every reviewer not named elsewhere serve it. Not for job classes.
   */
  public List<String> reviewers;

  /** A denial reason's state: false retires it (reviewers no longer see it). Only for those. */
  public Boolean active;

  /**
   * A listed reason's standing: false marks a reason that does not excuse what it explains (a delay
   * of the decider's own making). Only for the reason lists; omitted at creation: true.
   */
  public Boolean acceptable;
}
