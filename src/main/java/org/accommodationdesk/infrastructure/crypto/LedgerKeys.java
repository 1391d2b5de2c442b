package org.accommodationdesk.infrastructure.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.accommodationdesk.application.ledger.Sealer;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The key that seals the history and the audit log ({@value #SETTING}, base64, or {@value
 * #SETTING}-file): an HMAC-SHA256 over each entry's content when it is written, over its free text
 * apart (so that a purge can remove the text and the seal still holds), over each link of the
 * chain, and over each checkpoint. Four keys are derived from it, one per use. Whoever can change
 * the database but does not hold this key cannot make an entry that verifies. In demo mode only, a
 * fixed demo key stands in.
 */
@ApplicationScoped
public class LedgerKeys implements Sealer {
  public static final String SETTING = "accommodationdesk.ledger.key";
  public static final String ENVIRONMENT = "ACCOMMODATIONDESK_LEDGER_KEY";

  private static final Logger LOG = Logger.getLogger(LedgerKeys.class.getName());

  private volatile Derived derived;

  private record Derived(String id, byte[] seal, byte[] text, byte[] chain, byte[] checkpoint) {}

  /**
   * Reads the key.
   *
   * @throws IllegalStateException naming the setting when it is missing (outside demo mode) or
   *     unusable
   */
  public void check() {
    derived();
  }

  /**
   * The key from the settings.
   *
   * @throws IllegalStateException naming the setting when it is missing (outside demo mode) or
   *     unusable
   */
  public static Secret read(
      java.util.function.Function<String, Optional<String>> setting, boolean demo) {
    return Secret.required(
        setting, SETTING, "the key that seals the history and the audit log", demo);
  }

  private Derived derived() {
    Derived d = derived;
    if (d == null) {
      Config config = ConfigProvider.getConfig();
      boolean demo = config.getOptionalValue("accommodationdesk.demo", Boolean.class).orElse(false);
      Secret key = read(name -> config.getOptionalValue(name, String.class), demo);
      if (demo && config.getOptionalValue(SETTING, String.class).isEmpty()) {
        LOG.warning("Demo mode: the history is sealed with a fixed demo key; set " + SETTING);
      }
      d = derive(key);
      derived = d;
    }
    return d;
  }

  static Derived derive(Secret key) {
    byte[] k = key.bytes();
    return new Derived(
        key.id(), hmac(k, "seal"), hmac(k, "text"), hmac(k, "chain"), hmac(k, "checkpoint"));
  }

  /** For tests and benchmarks outside the container: a sealer with this key. */
  public static Sealer of(Secret key) {
    LedgerKeys keys = new LedgerKeys();
    keys.derived = derive(key);
    return keys;
  }

  private static byte[] hmac(byte[] key, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  private static String hex(byte[] key, String message) {
    return HexFormat.of().formatHex(hmac(key, message));
  }

  @Override
  public String seal(String canonical) {
    return hex(derived().seal(), canonical);
  }

  @Override
  public String textDigest(String canonicalText) {
    return hex(derived().text(), canonicalText);
  }

  @Override
  public String chain(String previous, String seal) {
    return hex(
        derived().chain(), org.accommodationdesk.application.ledger.Canonical.link(previous, seal));
  }

  @Override
  public String sign(String statement) {
    return hex(derived().checkpoint(), statement);
  }

  @Override
  public String keyId() {
    return derived().id();
  }
}
