package org.accommodationdesk.application.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cells of every CSV file the application writes (statistics, the audit log), made safe to open in
 * a spreadsheet: a text that a spreadsheet would take for a formula ({@code =HYPERLINK(...)}, or
 * starting with {@code + - @}, a tab or a carriage return) gets a leading apostrophe, as OWASP's
 * guidance on CSV injection advises, so that it is shown as the text it is. Numbers are left as
 * they are, also as text (-3, 0.25). The stored data is never changed: this is how it is written at
 * the edge.
 */
public final class CsvCells {
  private CsvCells() {}

  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  /** The values of one record, each made safe. */
  public static List<Object> safe(Object... values) {
    return safe(Arrays.asList(values));
  }

  /** The values of one record, each made safe. */
  public static List<Object> safe(Iterable<?> values) {
    List<Object> cells = new ArrayList<>();
    for (Object v : values) {
      cells.add(v instanceof CharSequence text ? safe(text.toString()) : v);
    }
    return cells;
  }

  /** One text, made safe. */
  public static String safe(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    if (NUMBER.matcher(text).matches()) {
      return text; // a negative number stays a number
    }
    char first = text.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
        ? "'" + text
        : text;
  }
}
