package org.accommodationdesk.domain.reference;

import org.accommodationdesk.domain.request.DomainException;
import org.accommodationdesk.domain.request.DomainException.Kind;

/** No work location or job class with this code. */
public class ReferenceNotFoundException extends DomainException {
  private static final long serialVersionUID = 1L;

  public ReferenceNotFoundException(String what, String code) {
    super(Kind.NOT_FOUND, "There is no " + what + " " + code + ".");
  }
}
