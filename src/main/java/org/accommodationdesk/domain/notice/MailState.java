package org.accommodationdesk.domain.notice;

/** Where a notice's mail stands. */
public enum MailState {
  /** No mail: mail is off, or the recipient has no address. */
  NONE,
  /** To be sent (again) from {@code nextAttemptAt}. */
  PENDING,
  /** Being sent by a node since {@code claimedAt}. */
  SENDING,
  SENT,
  /** Given up after every attempt failed. */
  FAILED
}
