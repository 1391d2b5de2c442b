package org.accommodationdesk.interfaces.rest;

import jakarta.validation.constraints.Size;
import org.accommodationdesk.domain.request.TextLimits;

/** The body of {@code POST /api/requests/{id}/case-file}: why the case file is exported. */
public class CaseFileJson {
  /** Required: a charge or case number, who asked for it. */
  @Size(max = TextLimits.REASON, message = "must be at most {max} characters")
  public String reason;
}
