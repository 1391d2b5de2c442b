package org.accommodationdesk.interfaces.rest;

/** The settings an administrator changes at run time ({@code /api/admin/settings}). */
public class SettingsJson {
  /** The union's minimum cell size: published counts below it are hidden (5 to 100). */
  public Integer minimumCellSize;

  public SettingsJson() {}

  SettingsJson(int minimumCellSize) {
    this.minimumCellSize = minimumCellSize;
  }
}
