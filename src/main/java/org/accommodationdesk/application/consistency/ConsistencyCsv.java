package org.accommodationdesk.application.consistency;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.accommodationdesk.application.stats.Cell;
import org.accommodationdesk.application.stats.CsvCells;
import org.accommodationdesk.application.stats.DisclosureLogService;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The funnel, the what-if tables and the disclosure log as CSV (Apache Commons CSV): codes and
 * decimal points, a header row, hidden figures as "hidden", the period in the first line.
 */
public final class ConsistencyCsv {
  private ConsistencyCsv() {}

  public static void funnel(FunnelReport r, Writer out) throws IOException {
    CSVPrinter csv = CSVFormat.RFC4180.builder().get().print(out);
    csv.printRecord(CsvCells.safe("period", r.period(), "unit", r.unit(), "measure", r.measure()));
    csv.printRecord(
        CsvCells.safe(
            "key",
            "label",
            "decisions",
            "events",
            "rate",
            "expectedRate",
            "adjustedRate",
            "plotted",
            "position",
            "lower998",
            "lower95",
            "upper95",
            "upper998"));
    for (FunnelReport.FunnelPoint p : r.points()) {
      csv.printRecord(
          CsvCells.safe(
              p.key(),
              p.label(),
              cell(p.decisions()),
              cell(p.events()),
              number(p.rate()),
              number(p.expectedRate()),
              number(p.adjustedRate()),
              p.plotted(),
              p.position() == null ? "" : p.position(),
              number(p.lower998()),
              number(p.lower95()),
              number(p.upper95()),
              number(p.upper998())));
    }
    csv.flush();
  }

  public static void whatIf(WhatIfReport r, Writer out) throws IOException {
    CSVPrinter csv = CSVFormat.RFC4180.builder().get().print(out);
    csv.printRecord(CsvCells.safe("period", r.period()));
    csv.printRecord(
        CsvCells.safe(
            "group",
            "key",
            "decided",
            "approved",
            "approvedWithChanges",
            "denied",
            "denialRate",
            "policyApproved",
            "policyApprovedWithChanges",
            "policyDenied",
            "policyDenialRate"));
    row(csv, "ALL", r.total());
    for (WhatIfReport.Row row : r.byCategory()) {
      row(csv, "CATEGORY", row);
    }
    for (WhatIfReport.Row row : r.byLocation()) {
      row(csv, "WORK_LOCATION", row);
    }
    for (WhatIfReport.Row row : r.byJobClass()) {
      row(csv, "JOB_CLASS", row);
    }
    csv.flush();
  }

  private static void row(CSVPrinter csv, String group, WhatIfReport.Row row) throws IOException {
    WhatIfReport.Outcomes a = row.actual();
    WhatIfReport.Outcomes p = row.underPolicy();
    csv.printRecord(
        CsvCells.safe(
            group,
            row.key(),
            cell(a.decided()),
            cell(a.approved()),
            cell(a.approvedWithChanges()),
            cell(a.denied()),
            cell(a.denialRate()),
            cell(p.approved()),
            cell(p.approvedWithChanges()),
            cell(p.denied()),
            cell(p.denialRate())));
  }

  public static void disclosures(List<DisclosureLogService.Entry> entries, Writer out)
      throws IOException {
    CSVPrinter csv = CSVFormat.RFC4180.builder().get().print(out);
    csv.printRecord(
        CsvCells.safe("id", "occurredAt", "username", "channel", "query", "figures", "hidden"));
    for (DisclosureLogService.Entry e : entries) {
      csv.printRecord(
          CsvCells.safe(
              e.id(),
              e.occurredAt(),
              e.username(),
              e.channel(),
              e.query(),
              e.figures(),
              e.hidden()));
    }
    csv.flush();
  }

  private static String cell(Cell c) {
    if (c.suppressed()) {
      return "hidden";
    }
    return c.value() == null ? "" : number(c.value());
  }

  private static String number(Number n) {
    if (n == null) {
      return "";
    }
    if (n instanceof Double || n instanceof Float) {
      return String.format(java.util.Locale.ROOT, "%.4f", n.doubleValue());
    }
    return n.toString();
  }
}
