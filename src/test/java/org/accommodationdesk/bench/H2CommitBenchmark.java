package org.accommodationdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;

/**
 * What a durable commit costs on the embedded default (docs/performance.md): single-row commits of
 * a request-sized row into an H2 file, with H2's default write delay (500 ms, commits can be lost
 * on a crash) and with {@code WRITE_DELAY=0} (the application's default URL). Three rounds each,
 * alternating, after one warm-up round.
 *
 * <p>{@code mvn -DskipTests package exec:java@h2commit [-Dbench.commits=3000]}
 */
public final class H2CommitBenchmark {
  private H2CommitBenchmark() {}

  public static void main(String[] args) throws Exception {
    int commits = Integer.getInteger("bench.commits", 3000);
    round("500", commits); // warm-up
    for (int i = 0; i < 3; i++) {
      for (String delay : new String[] {"500", "0"}) {
        double ms = round(delay, commits);
        System.out.printf(
            Locale.ROOT,
            "WRITE_DELAY=%-3s %d commits: %.3f ms each, %.0f commits/s%n",
            delay,
            commits,
            ms,
            1000 / ms);
      }
    }
  }

  /** Milliseconds per commit. */
  static double round(String delay, int commits) throws Exception {
    Path dir = Files.createTempDirectory("h2commit");
    String url = "jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=" + delay;
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      c.createStatement().execute("CREATE TABLE t (id BIGINT PRIMARY KEY, body VARCHAR(4000))");
      c.setAutoCommit(false);
      String body = "x".repeat(1000);
      long start = System.nanoTime();
      try (PreparedStatement p = c.prepareStatement("INSERT INTO t VALUES (?, ?)")) {
        for (int i = 0; i < commits; i++) {
          p.setLong(1, i);
          p.setString(2, body);
          p.executeUpdate();
          c.commit();
        }
      }
      return (System.nanoTime() - start) / 1e6 / commits;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
