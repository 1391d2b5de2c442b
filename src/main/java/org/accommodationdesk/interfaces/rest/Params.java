package org.accommodationdesk.interfaces.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.accommodationdesk.domain.request.FieldErrors;

/**
 * Reading what a client sends in the address and the headers: whole numbers, dates, enumerations
 * and versions (If-Match), each problem added to the caller's errors naming its field, so that a
 * request names every problem at once.
 */
final class Params {
  private Params() {}

  /** The version in an If-Match header ("3", 3 or W/"3"), or null without one. */
  static Long version(String ifMatch, FieldErrors errors) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
      return null;
    }
    String v = ifMatch.trim();
    if (v.startsWith("W/")) {
      v = v.substring(2);
    }
    v = v.replace("\"", "");
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      errors.add("If-Match", "must be the request's version, as given in its ETag");
      return null;
    }
  }

  static LocalDate date(String value, String field, FieldErrors errors) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      errors.add(field, "is not a date on the calendar: " + value);
      return null;
    }
  }

  static int integer(String value, int fallback, String field, FieldErrors errors) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      errors.add(field, "must be a whole number");
      return fallback;
    }
  }

  static <E extends Enum<E>> E enumValue(
      Class<E> type, String value, String field, FieldErrors errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim());
    } catch (IllegalArgumentException e) {
      errors.add(field, "unknown value " + value);
      return null;
    }
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
