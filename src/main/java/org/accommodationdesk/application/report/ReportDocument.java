package org.accommodationdesk.application.report;

import java.util.List;

/**
 * Puts a report, already in words, into a document (a port: the tagged PDF is made in
 * infrastructure, as the letters are).
 */
public interface ReportDocument {
  /** A table of the report: its heading, its column headers, and its rows, as the reader reads. */
  record Table(String heading, List<String> headers, List<List<String>> rows) {
    public Table {
      headers = List.copyOf(headers);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  /** The report as a tagged PDF in {@code language}: a title, an introduction, its tables. */
  byte[] pdf(String title, String language, List<String> introduction, List<Table> tables);
}
