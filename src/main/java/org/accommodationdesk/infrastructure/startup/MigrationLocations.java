package org.accommodationdesk.infrastructure.startup;

import java.util.Locale;

/**
 * Where Flyway finds the schema's migrations: the common ones, and the database's own (planner
 * statistics that only PostgreSQL has; H2's folder keeps the same version numbers). The one home of
 * the list, for the application and for the benchmarks that build a database.
 */
public final class MigrationLocations {
  private MigrationLocations() {}

  /**
   * @param database the database's product name or its JDBC URL
   */
  public static String[] of(String database) {
    String name = database.toLowerCase(Locale.ROOT);
    String vendor;
    if (name.contains("postgres")) {
      vendor = "postgresql";
    } else if (name.contains("h2")) {
      vendor = "h2";
    } else {
      throw new IllegalStateException(
          "Accommodation Desk runs on PostgreSQL or H2, not on " + database);
    }
    return new String[] {"classpath:db/migration", "classpath:db/vendor/" + vendor};
  }
}
