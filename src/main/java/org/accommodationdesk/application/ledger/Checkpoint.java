package org.accommodationdesk.application.ledger;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A signed statement of the ledger's size and of its chain's value at that size: kept in the
 * database, shown to administrators, and copied off the machine by operators, so that removing or
 * rewriting entries it covers shows at the next {@link LedgerVerifier verification}, even by
 * someone who can change every row of the database.
 *
 * @param size how many entries it covers (positions 1 to size)
 * @param root the chain's value after entry {@code size}
 * @param issuedAt when it was written
 * @param keyId the id of the key that signed it
 * @param signature the signature over {@link #statement()}
 */
public record Checkpoint(long size, String root, Instant issuedAt, String keyId, String signature)
    implements java.io.Serializable {
  private static final String PREFIX = "accommodationdesk-checkpoint/1";

  /** What the signature covers. */
  public String statement() {
    return statement(size, root, issuedAt, keyId);
  }

  static String statement(long size, String root, Instant issuedAt, String keyId) {
    return PREFIX + " size=" + size + " root=" + root + " issued=" + issuedAt + " key=" + keyId;
  }

  /** The checkpoint as one line to copy off the machine, and to give back to a verification. */
  public String text() {
    return statement() + " sig=" + signature;
  }

  /** Whether its signature is the one {@code sealer} makes for its statement. */
  public boolean signedBy(Sealer sealer) {
    return sealer.keyId().equals(keyId) && sealer.sign(statement()).equals(signature);
  }

  /** Signs a new checkpoint. */
  public static Checkpoint sign(long size, String root, Instant at, Sealer sealer) {
    // what the databases keep (microseconds), so that the signature holds when it is read back
    Instant issuedAt = at.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    return new Checkpoint(
        size,
        root,
        issuedAt,
        sealer.keyId(),
        sealer.sign(statement(size, root, issuedAt, sealer.keyId())));
  }

  /**
   * Reads a checkpoint from its {@link #text()}; empty when it is not one (its signature is checked
   * by the verification, not here).
   */
  public static Optional<Checkpoint> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip();
    if (!t.startsWith(PREFIX + " ")) {
      return Optional.empty();
    }
    Map<String, String> fields = new HashMap<>();
    for (String part : t.substring(PREFIX.length()).strip().split("\\s+")) {
      int eq = part.indexOf('=');
      if (eq <= 0) {
        return Optional.empty();
      }
      fields.put(part.substring(0, eq), part.substring(eq + 1));
    }
    try {
      Checkpoint c =
          new Checkpoint(
              Long.parseLong(fields.get("size")),
              fields.get("root"),
              Instant.parse(fields.get("issued")),
              fields.get("key"),
              fields.get("sig"));
      boolean complete =
          c.size >= 0
              && c.root != null
              && c.root.matches("[0-9a-f]{64}")
              && c.keyId != null
              && c.signature != null
              && c.signature.matches("[0-9a-f]{64}");
      return complete ? Optional.of(c) : Optional.empty();
    } catch (NumberFormatException | DateTimeParseException | NullPointerException e) {
      return Optional.empty();
    }
  }
}
