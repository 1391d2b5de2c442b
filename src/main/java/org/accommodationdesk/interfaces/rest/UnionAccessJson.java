package org.accommodationdesk.interfaces.rest;

import jakarta.validation.constraints.NotNull;

/** The body of {@code PUT /api/requests/{id}/union-access}. */
public class UnionAccessJson {
  @NotNull(message = "is required (true or false)")
  public Boolean shared;
}
