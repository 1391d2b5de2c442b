package org.accommodationdesk.interfaces.rest;

import jakarta.json.bind.JsonbException;

/**
 * A JSON value the API refuses before binding (a number where text is expected, a fraction where a
 * whole number is, a body that is not one UTF-8 object): its message names what is wrong and is
 * answered as a 400 as it stands.
 */
public class ValueRefusedException extends JsonbException {
  private static final long serialVersionUID = 1L;

  public ValueRefusedException(String message) {
    super(message);
  }
}
