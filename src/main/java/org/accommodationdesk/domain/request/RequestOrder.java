package org.accommodationdesk.domain.request;

/** The orders a list of requests can be in. */
public enum RequestOrder {
  /** By filing time, oldest first. */
  OLDEST_FIRST,
  /** By filing time, newest first. */
  NEWEST_FIRST,
  /** By when HR must act, soonest first; requests not waiting on HR last. */
  DUE_FIRST,
  /** By when HR must act, latest first; requests not waiting on HR last. */
  DUE_LAST
}
