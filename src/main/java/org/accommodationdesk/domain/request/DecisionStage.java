package org.accommodationdesk.domain.request;

/** Whether a decision was the first one on a request or the one made on appeal. */
public enum DecisionStage {
  INITIAL,
  APPEAL
}
