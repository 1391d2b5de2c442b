package org.accommodationdesk.interfaces.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.accommodationdesk.domain.account.ApiToken;

/** The body of {@code POST /api/tokens}: a name to recognise the token by, and its lifetime. */
public class TokenJson {
  /** What the token is for ("nightly export"); required, at most 100 characters. */
  public String name;

  /** Days until it expires: 1 to 365, default 90. */
  @Min(value = 1, message = "must be 1 to " + ApiToken.MAX_DAYS)
  @Max(value = ApiToken.MAX_DAYS, message = "must be 1 to " + ApiToken.MAX_DAYS)
  public Integer days;
}
