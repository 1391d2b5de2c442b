package org.accommodationdesk.interfaces.rest;

/** A holiday to add to the business calendar at {@code POST /api/admin/holidays}. */
public class HolidayJson {
  /** The day, as 2026-12-24. */
  public String day;

  /** Its name in English, 1 to 200 characters. */
  public String name;

  /** Its name in Spanish (optional). */
  public String nameEs;
}
