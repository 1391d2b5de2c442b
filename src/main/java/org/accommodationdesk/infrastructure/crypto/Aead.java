package org.accommodationdesk.infrastructure.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM from the JDK, with a random 96-bit nonce per message, bound to a label (the
 * additional data: the document or the request a ciphertext belongs to, so that a ciphertext moved
 * to another row does not decrypt). The format: a version byte, the nonce, the ciphertext and its
 * 128-bit tag.
 */
public final class Aead {
  private static final byte VERSION = 1;
  private static final int NONCE = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private Aead() {}

  /** A fresh random 256-bit key. */
  public static byte[] newKey() {
    byte[] key = new byte[Secret.LENGTH];
    RANDOM.nextBytes(key);
    return key;
  }

  /** Encrypts {@code plain} under {@code key}, bound to {@code label}. */
  public static byte[] seal(byte[] key, String label, byte[] plain) {
    try {
      byte[] nonce = new byte[NONCE];
      RANDOM.nextBytes(nonce);
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(
          Cipher.ENCRYPT_MODE,
          new SecretKeySpec(key, "AES"),
          new GCMParameterSpec(TAG_BITS, nonce));
      c.updateAAD(label.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = c.doFinal(plain);
      return ByteBuffer.allocate(1 + NONCE + sealed.length)
          .put(VERSION)
          .put(nonce)
          .put(sealed)
          .array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /**
   * Decrypts what {@link #seal} made with the same key and label.
   *
   * @throws Unreadable when the key or the label is not the one it was sealed with, or the bytes
   *     were changed
   */
  public static byte[] open(byte[] key, String label, byte[] sealed) {
    if (sealed.length < 1 + NONCE + TAG_BITS / 8 || sealed[0] != VERSION) {
      throw new Unreadable("not in the sealed format");
    }
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(
          Cipher.DECRYPT_MODE,
          new SecretKeySpec(key, "AES"),
          new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE));
      c.updateAAD(label.getBytes(StandardCharsets.UTF_8));
      return c.doFinal(sealed, 1 + NONCE, sealed.length - 1 - NONCE);
    } catch (javax.crypto.AEADBadTagException e) {
      throw new Unreadable("the key or the label does not match, or the bytes were changed");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /** Bytes that do not decrypt with the key and label given. */
  public static final class Unreadable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message);
    }
  }
}
