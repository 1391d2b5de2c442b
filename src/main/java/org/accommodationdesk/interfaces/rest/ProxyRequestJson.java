package org.accommodationdesk.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.accommodationdesk.domain.request.TextLimits;

/**
 * The body of {@code POST /api/requests/for-employee}: a request as an employee files it, plus whom
 * it is for and, when a union rep files it, the employee's consent.
 */
public class ProxyRequestJson extends NewRequestJson {
  /** The employee's user name. */
  @NotBlank(message = "is required: the user name of the employee the request is for")
  @Size(max = 64, message = "must be at most {max} characters")
  public String employee;

  /**
   * How and when the employee asked the union to file for them (required of a union rep; HR may
   * note how the request came in: a paper form, a telephone call).
   */
  @Size(max = TextLimits.TEXT, message = "must be at most {max} characters")
  public String consent;
}
