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

  /** The signature of a checkpoint's statement ({@link Checkpoint#statement}). */
  String sign(String statement);

  /** The id of the key (not the key). */
  String keyId();
}
