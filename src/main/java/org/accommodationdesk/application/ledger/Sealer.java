package org.accommodationdesk.application.ledger;

/**
 * Keyed seals (HMAC-SHA256 under the ledger key from configuration, one derived key per use), in
 * lowercase hexadecimal.
 */
public interface Sealer {
  /** The seal of an entry's canonical content ({@link Canonical}). */
  String seal(String canonical);

  /** The digest of an entry's free text ({@link Canonical#text}). */
  String textDigest(String canonicalText);

  /**
   * The chain's next value: a keyed HMAC over the previous value and the entry's seal ({@link
   * Canonical#link}), so that nobody without the key can renumber the chain and compute it again.
   */
  String chain(String previous, String seal);

  /** The signature of a checkpoint's statement ({@link Checkpoint#statement}). */
  String sign(String statement);

  /** The id of the key (not the key). */
  String keyId();
}
