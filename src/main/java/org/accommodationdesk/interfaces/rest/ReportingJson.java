package org.accommodationdesk.interfaces.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code PUT /api/requests/{id}/record}: what HR records that the system cannot know
 * (the reporting record). The whole record is given each time; a field left out is cleared.
 */
public class ReportingJson {
  /** When the arrangement took effect (YYYY-MM-DD), once one was granted. */
  @Pattern(regexp = NewRequestJson.DATE, message = "must be a date as YYYY-MM-DD")
  @Schema(type = SchemaType.STRING, pattern = NewRequestJson.DATE, example = "2026-12-07")
  public String effectiveOn;

  /** Whether medical information was asked for. */
  @Schema(type = SchemaType.BOOLEAN)
  public Boolean medicalInformationRequested;

  /**
   * Why (a code of the list at GET /api/admin/reason-lists/medical-information); required when it
   * was asked for.
   */
  @Size(max = 48, message = "must be at most 48 characters")
  public String medicalInformationReason;

  /** What the arrangement cost, in dollars and cents (0 to 10,000,000.00). */
  @DecimalMin(value = "0", message = "must be from 0 to 10000000.00")
  @DecimalMax(value = "10000000.00", message = "must be from 0 to 10000000.00")
  @Digits(integer = 8, fraction = 2, message = "must be an amount with at most two decimals")
  public BigDecimal cost;

  /**
   * The sources of technical assistance consulted (codes of the list at GET
   * /api/admin/reason-lists/assistance).
   */
  @Size(max = 20, message = "must name at most 20 sources")
  @Schema(type = SchemaType.ARRAY, implementation = String.class, maxItems = 20)
  public List<String> assistance;
}
