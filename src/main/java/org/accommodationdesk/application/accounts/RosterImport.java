package org.accommodationdesk.application.accounts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.account.UserAccountRepository;
import org.accommodationdesk.domain.request.FieldError;
import org.accommodationdesk.domain.request.InvalidInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A staff roster from the HR system as CSV: one row per person, header {@code username,
 * displayName, email, language, roles, workLocationCode, jobClassCode, active} (the last four may
 * be left empty: English, EMPLOYEE, no location or job class, active). A known user name updates
 * that account, a new one creates it. First a preview names every problem by row; the import itself
 * is all or nothing. Every row goes through the same checks as one account made by hand, and every
 * created or changed account is in the audit log. Accounts created here have no password (and cost
 * no password hashing): they sign in by single sign-on, or once an administrator sets one.
 */
@Stateless
@RolesAllowed(Role.ADMIN)
public class RosterImport {
  public static final int MAX_ROWS = 10_000;
  static final List<String> COLUMNS =
      List.of(
          "username",
          "displayName",
          "email",
          "language",
          "roles",
          "workLocationCode",
          "jobClassCode",
          "active");

  @Inject private AccountAdministration administration;
  @Inject private UserAccountRepository accounts;

  /** What a row would do. */
  public enum RowAction {
    CREATE,
    UPDATE,
    UNCHANGED,
    INVALID
  }

  /**
   * One row of the file: its line, the account, what it would do, what is wrong with it, and the
   * account before and after (as the audit log records accounts; empty before a new one, and after
   * a row with a problem).
   */
  public record RowResult(
      long line,
      String username,
      RowAction action,
      List<FieldError> problems,
      Map<String, Object> before,
      Map<String, Object> after)
      implements java.io.Serializable {}

  /**
   * The whole file: each row, how many of each, and whether it can be imported (rows, and none with
   * a problem).
   */
  public record Preview(
      List<RowResult> rows, int create, int update, int unchanged, int invalid, boolean valid)
      implements java.io.Serializable {}

  private record Row(
      long line,
      AccountAdministration.NewAccount account,
      Boolean active,
      List<FieldError> problems) {}

  /** What importing this file would do; changes nothing. */
  public Preview preview(String csv) {
    List<Row> rows = parse(csv);
    List<RowResult> results = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Row row : rows) {
      results.add(check(row, seen));
    }
    return summary(results);
  }

  /**
   * Imports the file: every row, or, if any row has a problem, none (the refusal names them all).
   */
  public Preview importRoster(String csv) {
    Preview preview = preview(csv);
    if (!preview.valid()) {
      throw new InvalidInputException(
          preview.rows().isEmpty()
              ? List.of(new FieldError("file", "roster.empty", "has no rows"))
              : preview.rows().stream()
                  .flatMap(
                      r ->
                          r.problems().stream()
                              .map(
                                  p ->
                                      new FieldError(
                                          "row " + r.line() + " " + p.field(),
                                          p.code(),
                                          p.message())))
                  .toList());
    }
    for (Row row : parse(csv)) {
      AccountAdministration.NewAccount a = row.account();
      if (accounts.exists(a.username())) {
        administration.change(a.username(), changesOf(row), null);
      } else {
        administration.createImported(a, row.active() == null || row.active());
      }
    }
    return preview;
  }

  private RowResult check(Row row, Set<String> seen) {
    AccountAdministration.NewAccount a = row.account();
    List<FieldError> problems = new ArrayList<>(row.problems());
    if (a.username() != null && !seen.add(a.username())) {
      problems.add(new FieldError("username", "roster.repeated", "appears in an earlier row"));
    }
    boolean exists = a.username() != null && accounts.exists(a.username());
    RowAction action;
    if (exists) {
      problems.addAll(administration.problemsOfChange(a.username(), changesOf(row)));
      action =
          administration.wouldChange(a.username(), changesOf(row))
              ? RowAction.UPDATE
              : RowAction.UNCHANGED;
    } else {
      problems.addAll(administration.problemsOfImported(a));
      action = RowAction.CREATE;
    }
    if (!problems.isEmpty()) {
      return new RowResult(
          row.line(), a.username(), RowAction.INVALID, problems, Map.of(), Map.of());
    }
    Map<String, Object> before =
        exists ? administration.snapshotOf(a.username()) : new java.util.LinkedHashMap<>();
    Map<String, Object> after =
        exists
            ? administration.snapshotAfter(a.username(), changesOf(row))
            : org.accommodationdesk.domain.account.UserAccount.snapshot(
                a.username(),
                a.displayName(),
                a.email(),
                a.language(),
                a.roles(),
                a.workLocationCode(),
                a.jobClassCode(),
                row.active() == null || row.active());
    return new RowResult(row.line(), a.username(), action, problems, before, after);
  }

  private static AccountAdministration.AccountChanges changesOf(Row row) {
    AccountAdministration.NewAccount a = row.account();
    return new AccountAdministration.AccountChanges(
        a.displayName() == null ? "" : a.displayName(),
        a.email() == null ? "" : a.email(),
        a.language(),
        a.roles(),
        a.workLocationCode() == null ? "" : a.workLocationCode(),
        a.jobClassCode() == null ? "" : a.jobClassCode(),
        row.active() == null ? Boolean.TRUE : row.active(),
        null);
  }

  private static Preview summary(List<RowResult> results) {
    Map<RowAction, Long> counts =
        results.stream().collect(Collectors.groupingBy(RowResult::action, Collectors.counting()));
    return new Preview(
        results,
        counts.getOrDefault(RowAction.CREATE, 0L).intValue(),
        counts.getOrDefault(RowAction.UPDATE, 0L).intValue(),
        counts.getOrDefault(RowAction.UNCHANGED, 0L).intValue(),
        counts.getOrDefault(RowAction.INVALID, 0L).intValue(),
        !results.isEmpty() && !counts.containsKey(RowAction.INVALID));
  }

  /** The rows of the file; a file that is not such a CSV is refused naming what is wrong. */
  static List<Row> parse(String csv) {
    if (csv == null || csv.isBlank()) {
      throw InvalidInputException.of("file", "is empty");
    }
    try (Reader reader = new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv);
        CSVParser parser =
            CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get()
                .parse(reader)) {
      Set<String> header = new LinkedHashSet<>(parser.getHeaderNames());
      if (!header.containsAll(List.of("username", "displayName"))) {
        throw InvalidInputException.of(
            "file",
            "needs a header row with at least username and displayName (columns: "
                + String.join(", ", COLUMNS)
                + ")");
      }
      Set<String> unknown = new LinkedHashSet<>(header);
      unknown.removeAll(COLUMNS);
      if (!unknown.isEmpty()) {
        throw InvalidInputException.of("file", "has unknown columns " + unknown);
      }
      List<Row> rows = new ArrayList<>();
      for (CSVRecord r : parser) {
        if (rows.size() == MAX_ROWS) {
          throw InvalidInputException.of("file", "has more than " + MAX_ROWS + " rows");
        }
        String roles = value(r, "roles");
        String active = value(r, "active");
        List<FieldError> problems = new ArrayList<>();
        if (!r.isConsistent()) {
          problems.add(
              new FieldError(
                  "file", "has " + r.size() + " columns where the header has " + header.size()));
        }
        Boolean isActive = active == null ? null : parseActive(active);
        if (active != null && isActive == null) {
          problems.add(new FieldError("active", "must be true or false"));
        }
        rows.add(
            new Row(
                r.getParser().getCurrentLineNumber(),
                new AccountAdministration.NewAccount(
                    value(r, "username"),
                    value(r, "displayName"),
                    value(r, "email"),
                    value(r, "language") == null ? "en" : value(r, "language"),
                    roles == null
                        ? Set.of(Role.EMPLOYEE)
                        : Arrays.stream(roles.split("[;|, ]+"))
                            .filter(s -> !s.isBlank())
                            .map(s -> s.toUpperCase(Locale.ROOT))
                            .collect(Collectors.toCollection(LinkedHashSet::new)),
                    value(r, "workLocationCode"),
                    value(r, "jobClassCode"),
                    null), // a roster carries no passwords
                isActive,
                problems));
      }
      return rows;
    } catch (java.io.UncheckedIOException e) {
      // commons-csv reads records lazily: a quote that is never closed fails here, mid-file
      throw InvalidInputException.of(
          "file",
          "is not a valid CSV file: a quoted value is not closed (a \" too many or too few)");
    } catch (IOException | IllegalStateException | IllegalArgumentException e) {
      throw InvalidInputException.of("file", "is not a valid CSV file");
    }
  }

  private static String value(CSVRecord r, String column) {
    if (!r.isMapped(column) || !r.isSet(column)) {
      return null;
    }
    String v = r.get(column);
    return v == null || v.isBlank() ? null : v;
  }

  private static Boolean parseActive(String v) {
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1", "y" -> Boolean.TRUE;
      case "false", "no", "0", "n" -> Boolean.FALSE;
      default -> null;
    };
  }
}
