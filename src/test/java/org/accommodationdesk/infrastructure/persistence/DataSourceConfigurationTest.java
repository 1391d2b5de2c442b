package org.accommodationdesk.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.sql.DataSourceDefinition;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.XADataSource;
import org.junit.jupiter.api.Test;

/**
 * The embedded default reaches H2 through its {@link java.sql.Driver}, not its XA data source (ADR
 * 0017): H2 empties a session's cache of parsed statements on every rollback, and its XA handle
 * rolls back each time the pool takes the connection back, so every request parsed and planned
 * every statement again.
 */
class DataSourceConfigurationTest {
  private static final Pattern DEFAULT = Pattern.compile("\\$\\{MPCONFIG=db\\.driver:([^}]+)}");

  @Test
  void theEmbeddedDefaultIsH2sDriverNotItsXaDataSource() throws Exception {
    DataSourceDefinition definition =
        DataSourceConfiguration.class.getAnnotation(DataSourceDefinition.class);
    Matcher m = DEFAULT.matcher(definition.className());
    assertTrue(m.matches(), "className reads db.driver with a default: " + definition.className());
    Class<?> driver = Class.forName(m.group(1));
    assertTrue(java.sql.Driver.class.isAssignableFrom(driver), driver + " is a java.sql.Driver");
    assertFalse(
        XADataSource.class.isAssignableFrom(driver),
        driver + " must not be an XADataSource: the pool would roll back on every return");
  }

  /**
   * Why it matters, shown on H2 itself: a statement prepared again on the same connection is the
   * same parsed command while nothing rolled back (the cache hits), and a new one after a rollback.
   */
  @Test
  void h2KeepsParsedStatementsUntilARollback() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:h2:mem:parse-cache", "sa", "")) {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE t (id BIGINT PRIMARY KEY)");
      }
      String sql = "SELECT id FROM t WHERE id = ?";
      Object first = parsed(c, sql);
      c.setAutoCommit(false);
      c.commit();
      c.setAutoCommit(true);
      assertSame(first, parsed(c, sql), "after a commit the parsed statement is reused");
      c.rollback();
      assertNotSame(first, parsed(c, sql), "after a rollback it is parsed again");
    }
  }

  /** The identity of H2's parsed command behind a statement prepared now (then closed). */
  private static Object parsed(Connection c, String sql) throws Exception {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setLong(1, 1);
      try (ResultSet r = p.executeQuery()) {
        r.next();
      }
      java.lang.reflect.Field command =
          org.h2.jdbc.JdbcPreparedStatement.class.getDeclaredField("command");
      command.setAccessible(true);
      return command.get(p.unwrap(org.h2.jdbc.JdbcPreparedStatement.class));
    }
  }
}
