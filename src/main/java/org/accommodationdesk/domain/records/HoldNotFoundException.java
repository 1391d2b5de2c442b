package org.accommodationdesk.domain.records;

import org.accommodationdesk.domain.request.DomainException;

/** No legal hold has this number. */
public class HoldNotFoundException extends DomainException {
  private static final long serialVersionUID = 1L;

  public HoldNotFoundException(long id) {
    super(Kind.NOT_FOUND, "There is no legal hold number " + id + ".");
  }
}
