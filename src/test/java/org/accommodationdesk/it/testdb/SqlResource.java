package org.accommodationdesk.it.testdb;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.sql.DataSource;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.infrastructure.persistence.DataSourceConfiguration;

/**
 * For tests only (added to test deployments, never to the application): SQL run directly on the
 * deployment's database, as someone with database access would, past every rule of the application.
 * Statements are separated by a line ending in a semicolon.
 */
@Path("test-sql")
@Stateless
@RolesAllowed(Role.ADMIN)
public class SqlResource {
  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  private DataSource dataSource;

  /** Runs the statements in one transaction; their update counts, comma-separated. */
  @POST
  @Consumes(MediaType.TEXT_PLAIN)
  @Produces(MediaType.TEXT_PLAIN)
  public String update(String statements) throws SQLException {
    List<String> counts = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      for (String sql : statements.split(";\\s*\\n")) {
        if (!sql.isBlank()) {
          counts.add(String.valueOf(s.executeUpdate(sql.strip().replaceAll(";$", ""))));
        }
      }
    }
    return String.join(",", counts);
  }

  /** The rows of a query, each an array of strings (bytes in base64; null as null). */
  @POST
  @Path("query")
  @Consumes(MediaType.TEXT_PLAIN)
  @Produces(MediaType.APPLICATION_JSON)
  public String query(String sql) throws SQLException {
    JsonArrayBuilder rows = Json.createArrayBuilder();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql.strip())) {
      int columns = r.getMetaData().getColumnCount();
      while (r.next()) {
        JsonArrayBuilder row = Json.createArrayBuilder();
        for (int i = 1; i <= columns; i++) {
          Object v = r.getObject(i);
          if (v == null) {
            row.addNull();
          } else if (v instanceof byte[] b) {
            row.add(Base64.getEncoder().encodeToString(b));
          } else {
            row.add(v.toString());
          }
        }
        rows.add(row);
      }
    }
    return rows.build().toString();
  }
}
