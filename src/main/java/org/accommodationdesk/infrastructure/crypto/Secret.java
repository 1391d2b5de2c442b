package org.accommodationdesk.infrastructure.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A 256-bit secret read from configuration: the value itself (base64) in a setting, or a file that
 * holds it. Every failure names the setting, never the value.
 *
 * @param bytes the 32 bytes of the key
 * @param setting where it came from, for messages
 */
public record Secret(byte[] bytes, String setting) {
  /** The length of every key, in bytes. */
  public static final int LENGTH = 32;

  public Secret {
    if (bytes.length != LENGTH) {
      throw new IllegalStateException(
          setting
              + ": a key must be "
              + LENGTH
              + " bytes in base64 (44 characters); this is "
              + bytes.length
              + " bytes. Make one with: openssl rand -base64 32");
    }
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /**
   * The key's identifier: the first 16 hexadecimal digits of a SHA-256 over it, so that what it
   * encrypted can name it without holding it.
   */
  public String id() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update("accommodationdesk key id".getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(sha.digest(bytes)).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Parses a base64 key.
   *
   * @throws IllegalStateException naming the setting when it is not base64 of 32 bytes
   */
  public static Secret parse(String base64, String setting) {
    try {
      return new Secret(Base64.getDecoder().decode(base64.strip()), setting);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          setting + ": not a base64 key (make one with: openssl rand -base64 32)");
    }
  }

  /**
   * The key of {@code setting}, from the setting's value or else from the file named in {@code
   * setting-file}; empty when neither is set.
   *
   * @param value the setting's value, if set
   * @param file the file setting's value, if set
   * @throws IllegalStateException naming the setting when the value or the file is unusable
   */
  public static Optional<Secret> from(
      Optional<String> value, Optional<String> file, String setting) {
    Optional<String> v = value.filter(s -> !s.isBlank());
    if (v.isPresent()) {
      return Optional.of(parse(v.get(), setting));
    }
    Optional<String> f = file.filter(s -> !s.isBlank());
    if (f.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          parse(
              Files.readString(Path.of(f.get().strip()), StandardCharsets.US_ASCII),
              setting + "-file"));
    } catch (IOException e) {
      throw new IllegalStateException(
          setting
              + "-file: cannot read "
              + f.get().strip()
              + " ("
              + e.getClass().getSimpleName()
              + ")");
    }
  }

  /**
   * The key of {@code setting} (or of {@code setting-file}), required outside demo mode; in demo
   * mode a fixed demo key stands in when none is set.
   *
   * @param purpose what the key is for, in the message when it is missing
   * @throws IllegalStateException naming the setting and its environment variable when it is
   *     missing outside demo mode, or unusable
   */
  public static Secret required(
      java.util.function.Function<String, Optional<String>> settings,
      String setting,
      String purpose,
      boolean demo) {
    Optional<Secret> key =
        from(settings.apply(setting), settings.apply(setting + "-file"), setting);
    if (key.isEmpty() && !demo) {
      throw new IllegalStateException(
          setting
              + " is not set (environment variable "
              + setting.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_")
              + ", or "
              + setting
              + "-file naming a file): "
              + purpose
              + ". Set the key in use, or for a new installation make one with: openssl rand"
              + " -base64 32 (docs/operations.md, Keys)");
    }
    return key.orElseGet(() -> demo(setting));
  }

  /** A fixed key for demo mode only, from a label: never for real data. */
  public static Secret demo(String label) {
    try {
      return new Secret(
          MessageDigest.getInstance("SHA-256")
              .digest(("accommodationdesk demo " + label).getBytes(StandardCharsets.US_ASCII)),
          label + " (demo)");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Secret s && Arrays.equals(bytes, s.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "Secret[" + setting + ", id " + id() + "]";
  }
}
