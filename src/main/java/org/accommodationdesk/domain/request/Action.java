package org.accommodationdesk.domain.request;

/** Everything that can happen to a request and is written into its history. */
public enum Action {
  SUBMIT,
  START_REVIEW,
  REQUEST_INFO,
  PROVIDE_INFO,
  APPROVE,
  APPROVE_WITH_CHANGES,
  DENY,
  WITHDRAW,
  APPEAL;
}
