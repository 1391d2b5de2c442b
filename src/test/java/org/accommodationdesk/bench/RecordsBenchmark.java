package org.accommodationdesk.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.accommodationdesk.application.ledger.Canonical;
import org.accommodationdesk.application.ledger.LedgerVerifier;
import org.accommodationdesk.application.ledger.Sealer;
import org.accommodationdesk.application.ledger.Verification;
import org.accommodationdesk.infrastructure.crypto.Aead;
import org.accommodationdesk.infrastructure.crypto.LedgerKeys;
import org.accommodationdesk.infrastructure.crypto.Secret;
import org.accommodationdesk.infrastructure.persistence.JpaLedgerStore;
import org.flywaydb.core.Flyway;

/**
 * What issue 24's guarantees cost (docs/performance.md), on the embedded default (an H2 file built
 * by the application's migrations), or on the database of {@code -Dbench.url}:
 *
 * <ol>
 *   <li>storing and reading a document's bytes with AES-GCM under its request's key against the
 *       same JDBC work in the clear, in the same run (rounds alternating);
 *   <li>what sealing and chaining add per history entry: the seal (two HMACs over the canonical
 *       form) and the chain's row and update, against inserting the entry alone;
 *   <li>Verify's time, through the application's verifier and its SQL ({@link JpaLedgerStore}), on
 *       {@code bench.entries} history entries (default one million), sealed and chained.
 * </ol>
 *
 * <p>{@code mvn -DskipTests package exec:java@recordsbench [-Dbench.entries=1000000]}
 */
public final class RecordsBenchmark {
  private RecordsBenchmark() {}

  static final Sealer SEALER = LedgerKeys.of(Secret.demo("benchmark"));

  public static void main(String[] args) throws Exception {
    int entries = Integer.getInteger("bench.entries", 1_000_000);
    Path dir = Files.createTempDirectory("recordsbench");
    String url =
        System.getProperty(
            "bench.url", "jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000");
    String user = System.getProperty("bench.user", "sa");
    String password = System.getProperty("bench.password", "");
    Flyway.configure()
        .dataSource(url, user, password)
        .locations(org.accommodationdesk.infrastructure.startup.MigrationLocations.of(url))
        .load()
        .migrate();
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      c.setAutoCommit(false);
      long requestId = request(c);
      documents(c, requestId);
      chaining(c, requestId);
      history(c, entries);
    }
    EntityManagerFactory emf =
        Persistence.createEntityManagerFactory(
            "accommodationdesk-it",
            Map.of(
                "eclipselink.persistencexml", "META-INF/persistence-it.xml",
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", user,
                "jakarta.persistence.jdbc.password", password));
    try {
      for (int round = 1; round <= 3; round++) {
        EntityManager em = emf.createEntityManager();
        try {
          JpaLedgerStore store = new JpaLedgerStore();
          java.lang.reflect.Field f = JpaLedgerStore.class.getDeclaredField("em");
          f.setAccessible(true);
          f.set(store, em);
          long start = System.nanoTime();
          Verification v = new LedgerVerifier(store, SEALER, Clock.systemUTC()).verify(List.of());
          double s = (System.nanoTime() - start) / 1e9;
          System.out.printf(
              Locale.ROOT,
              "Verify, round %d: %d entries chained, %d problems, %.1f s (%.0f entries/s)%n",
              round,
              v.size(),
              v.problemCount(),
              s,
              v.size() / s);
        } finally {
          em.close();
        }
      }
    } finally {
      emf.close();
    }
  }

  static long request(Connection c) throws Exception {
    try (Statement s = c.createStatement()) {
      s.execute("INSERT INTO work_location (code, name) VALUES ('BENCH', 'Bench School')");
      s.execute("INSERT INTO job_class (code, name) VALUES ('BENCH', 'Bench')");
      s.execute(
          "INSERT INTO user_account (username, display_name, password_hash, enabled, version)"
              + " VALUES ('bench', 'Bench', 'x', TRUE, 1)");
    }
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO accommodation_request (id, version, requester, category, arrangement_type,"
                + " start_date, work_location_code, job_class_code, status, submitted_at,"
                + " shared_with_union, record_key, history_length, revision, expedited,"
                + " interim_days_before) VALUES (1, 1, 'bench', 'OWN_CONDITION', 'FULL_REMOTE',"
                + " DATE '2026-01-05', 'BENCH', 'BENCH', 'SUBMITTED', ?, FALSE, 1, 0, 0, FALSE, 0)")) {
      p.setTimestamp(1, Timestamp.from(Instant.now()));
      p.executeUpdate();
    }
    c.commit();
    return 1;
  }

  /** Stores and reads documents of 1 MB, in the clear and encrypted, rounds alternating. */
  static void documents(Connection c, long requestId) throws Exception {
    byte[] document = new byte[1024 * 1024];
    new Random(24).nextBytes(document);
    byte[] key = Aead.newKey();
    int n = 200;
    long id = 1_000_000;
    for (int round = 0; round < 4; round++) {
      for (boolean encrypted : new boolean[] {false, true}) {
        long start = System.nanoTime();
        long first = id;
        for (int i = 0; i < n; i++, id++) {
          try (PreparedStatement d =
                  c.prepareStatement(
                      "INSERT INTO request_document (id, request_id, file_name, content_type,"
                          + " size_bytes, sha256, uploaded_by, uploaded_at) VALUES (?, ?, 'd.pdf',"
                          + " 'application/pdf', ?, 'x', 'bench', CURRENT_TIMESTAMP)");
              PreparedStatement b =
                  c.prepareStatement(
                      "INSERT INTO document_content (document_id, content, encrypted) VALUES (?, ?, ?)")) {
            d.setLong(1, id);
            d.setLong(2, requestId);
            d.setLong(3, document.length);
            d.executeUpdate();
            b.setLong(1, id);
            b.setBytes(2, encrypted ? Aead.seal(key, "document:" + id, document) : document);
            b.setBoolean(3, encrypted);
            b.executeUpdate();
          }
          c.commit();
        }
        double store = (System.nanoTime() - start) / 1e6 / n;
        start = System.nanoTime();
        for (long i = first; i < id; i++) {
          try (PreparedStatement r =
              c.prepareStatement("SELECT content FROM document_content WHERE document_id = ?")) {
            r.setLong(1, i);
            try (ResultSet rs = r.executeQuery()) {
              rs.next();
              byte[] bytes = rs.getBytes(1);
              byte[] plain = encrypted ? Aead.open(key, "document:" + i, bytes) : bytes;
              if (plain.length != document.length) {
                throw new IllegalStateException("read back wrong");
              }
            }
          }
          c.commit();
        }
        double read = (System.nanoTime() - start) / 1e6 / n;
        if (round > 0) {
          System.out.printf(
              Locale.ROOT,
              "Documents of 1 MB, %-9s round %d: store %.2f ms, read %.2f ms each%n",
              encrypted ? "encrypted" : "clear",
              round,
              store,
              read);
        }
      }
    }
  }

  /**
   * One history entry per transaction, inserted alone or sealed (what the write path adds), rounds
   * alternating; then what chaining adds per entry, as the application chains: in batches of {@link
   * org.accommodationdesk.application.ledger.LedgerService#BATCH} per transaction.
   */
  static void chaining(Connection c, long requestId) throws Exception {
    int n = 5_000;
    long id = 10_000_000;
    int seq = 1;
    for (int round = 0; round < 4; round++) {
      for (boolean sealed : new boolean[] {false, true}) {
        long start = System.nanoTime();
        for (int i = 0; i < n; i++, id++, seq++) {
          Instant at = Instant.now();
          String comment = "A question about the request, " + i;
          String digest = null;
          String seal = null;
          if (sealed) {
            digest = SEALER.textDigest(Canonical.text(comment, null, null));
            seal =
                SEALER.seal(
                    Canonical.history(
                        requestId,
                        seq,
                        "REQUEST_INFO",
                        "IN_REVIEW",
                        "INFO_REQUESTED",
                        "reviewer1",
                        at,
                        null,
                        null,
                        null,
                        digest));
          }
          insertHistory(c, id, requestId, seq, at, comment, digest, seal);
          c.commit();
        }
        double ms = (System.nanoTime() - start) / 1e6 / n;
        if (round > 0) {
          System.out.printf(
              Locale.ROOT,
              "History entries, %-6s round %d: %.3f ms each%n",
              sealed ? "sealed" : "alone",
              round,
              ms);
        }
      }
    }
    int batch = org.accommodationdesk.application.ledger.LedgerService.BATCH;
    String chain = Canonical.GENESIS;
    long position = 0;
    int chained = 0;
    long start = System.nanoTime();
    while (true) {
      List<Object[]> pending = new java.util.ArrayList<>();
      try (PreparedStatement p =
          c.prepareStatement(
              "SELECT id, seal FROM request_history WHERE ledger_position IS NULL AND seal IS NOT"
                  + " NULL ORDER BY id")) {
        p.setMaxRows(batch);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            pending.add(new Object[] {r.getLong(1), r.getString(2)});
          }
        }
      }
      if (pending.isEmpty()) {
        break;
      }
      try (PreparedStatement l =
              c.prepareStatement(
                  "INSERT INTO ledger_entry (position, source, entry_id, seal, chain)"
                      + " VALUES (?, 'HISTORY', ?, ?, ?)");
          PreparedStatement u =
              c.prepareStatement("UPDATE request_history SET ledger_position = ? WHERE id = ?")) {
        for (Object[] e : pending) {
          position++;
          chain = SEALER.chain(chain, (String) e[1]);
          l.setLong(1, position);
          l.setLong(2, (Long) e[0]);
          l.setString(3, (String) e[1]);
          l.setString(4, chain);
          l.executeUpdate();
          u.setLong(1, position);
          u.setLong(2, (Long) e[0]);
          u.executeUpdate();
        }
      }
      c.commit();
      chained += pending.size();
    }
    System.out.printf(
        Locale.ROOT,
        "Chaining %d sealed entries in batches of %d: %.3f ms each%n",
        chained,
        batch,
        (System.nanoTime() - start) / 1e6 / chained);
    try (Statement s = c.createStatement()) {
      s.execute("DELETE FROM ledger_entry");
      s.execute("DELETE FROM request_history");
    }
    c.commit();
  }

  static void insertHistory(
      Connection c,
      long id,
      long requestId,
      int seq,
      Instant at,
      String comment,
      String digest,
      String seal)
      throws Exception {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO request_history (id, request_id, seq_no, action, from_status, to_status,"
                + " actor, occurred_at, comment, text_digest, seal) VALUES (?, ?, ?,"
                + " 'REQUEST_INFO', 'IN_REVIEW', 'INFO_REQUESTED', 'reviewer1', ?, ?, ?, ?)")) {
      p.setLong(1, id);
      p.setLong(2, requestId);
      p.setInt(3, seq);
      p.setTimestamp(4, Timestamp.from(at));
      p.setString(5, comment);
      p.setString(6, digest);
      p.setString(7, seal);
      p.executeUpdate();
    }
  }

  /** {@code entries} sealed and chained history entries over many requests, in batches. */
  static void history(Connection c, int entries) throws Exception {
    long start = System.nanoTime();
    String chain = Canonical.GENESIS;
    Instant base = Instant.parse("2025-01-06T15:00:00Z");
    try (PreparedStatement h =
            c.prepareStatement(
                "INSERT INTO request_history (id, request_id, seq_no, action, from_status,"
                    + " to_status, actor, occurred_at, comment, text_digest, seal, ledger_position)"
                    + " VALUES (?, 1, ?, 'REQUEST_INFO', 'IN_REVIEW', 'INFO_REQUESTED',"
                    + " 'reviewer1', ?, ?, ?, ?, ?)");
        PreparedStatement l =
            c.prepareStatement(
                "INSERT INTO ledger_entry (position, source, entry_id, seal, chain)"
                    + " VALUES (?, 'HISTORY', ?, ?, ?)")) {
      for (int i = 1; i <= entries; i++) {
        Instant at = base.plusSeconds(i);
        String comment = i % 3 == 0 ? null : "Which days are hardest? (" + i + ")";
        String digest = SEALER.textDigest(Canonical.text(comment, null, null));
        String seal =
            SEALER.seal(
                Canonical.history(
                    1,
                    i,
                    "REQUEST_INFO",
                    "IN_REVIEW",
                    "INFO_REQUESTED",
                    "reviewer1",
                    at,
                    null,
                    null,
                    null,
                    digest));
        chain = SEALER.chain(chain, seal);
        h.setLong(1, i);
        h.setInt(2, i);
        h.setTimestamp(3, Timestamp.from(at));
        h.setString(4, comment);
        h.setString(5, digest);
        h.setString(6, seal);
        h.setLong(7, i);
        h.addBatch();
        l.setLong(1, i);
        l.setLong(2, i);
        l.setString(3, seal);
        l.setString(4, chain);
        l.addBatch();
        if (i % 5_000 == 0) {
          h.executeBatch();
          l.executeBatch();
          c.commit();
        }
      }
      h.executeBatch();
      l.executeBatch();
      c.commit();
    }
    System.out.printf(
        Locale.ROOT,
        "Generated %d sealed and chained history entries in %.0f s%n",
        entries,
        (System.nanoTime() - start) / 1e9);
  }
}
