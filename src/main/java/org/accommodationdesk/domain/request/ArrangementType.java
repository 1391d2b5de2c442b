package org.accommodationdesk.domain.request;

/** The kind of remote work asked for or granted. */
public enum ArrangementType {
  FULL_REMOTE,
  PARTIAL_REMOTE,
  OTHER
}
