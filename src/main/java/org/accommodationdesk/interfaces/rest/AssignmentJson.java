package org.accommodationdesk.interfaces.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The body of {@code POST /api/requests/assignments}: which requests go to which reviewer. */
public class AssignmentJson {
  /** The request numbers, 1 to 100, each once (checked by the service, which names the field). */
  @NotNull(message = "is required")
  public List<Long> requests;

  /** The user name of the reviewer who gets them (an active reviewer). */
  @NotNull(message = "is required")
  @Size(min = 1, max = 64, message = "must be 1 to 64 characters")
  public String reviewer;
}
