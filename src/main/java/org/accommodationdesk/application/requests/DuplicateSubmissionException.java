package org.accommodationdesk.application.requests;

/**
 * Another post with the same submission key filed its request first (they ran at the same time):
 * this filing is rolled back, and {@link Submissions} answers with the one that won.
 */
public class DuplicateSubmissionException
    extends org.accommodationdesk.domain.request.ConcurrentUpdateException {
  private static final long serialVersionUID = 1L;

  public DuplicateSubmissionException() {
    super();
  }
}
