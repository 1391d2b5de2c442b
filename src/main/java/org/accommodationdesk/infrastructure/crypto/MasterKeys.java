package org.accommodationdesk.infrastructure.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The master key that encrypts each request's document key, and the keys it replaced (kept while
 * documents are rotated onto the new one). Read once from configuration: {@value #SETTING} (base64)
 * or {@value #SETTING}-file; the previous keys in {@value #PREVIOUS}, comma-separated. In demo mode
 * only, a fixed demo key stands in when none is set.
 */
@ApplicationScoped
public class MasterKeys {
  public static final String SETTING = "accommodationdesk.crypto.master-key";
  public static final String PREVIOUS = "accommodationdesk.crypto.previous-master-keys";
  public static final String ENVIRONMENT = "ACCOMMODATIONDESK_CRYPTO_MASTER_KEY";

  private static final Logger LOG = Logger.getLogger(MasterKeys.class.getName());

  private volatile Ring ring;

  /** The current key and the previous ones. */
  public record Ring(Secret current, List<Secret> previous) {
    public Ring {
      previous = List.copyOf(previous);
    }

    /** The key with this id, current or previous. */
    public Optional<Secret> byId(String id) {
      if (current.id().equals(id)) {
        return Optional.of(current);
      }
      return previous.stream().filter(k -> k.id().equals(id)).findFirst();
    }

    /**
     * Reads the ring from configuration.
     *
     * @throws IllegalStateException naming the setting when the key is missing (outside demo mode)
     *     or unusable
     */
    public static Ring from(Function<String, Optional<String>> setting, boolean demo) {
      Secret current =
          Secret.required(setting, SETTING, "the key that encrypts supporting documents", demo);
      List<Secret> previous = new ArrayList<>();
      for (String p : setting.apply(PREVIOUS).orElse("").split(",")) {
        if (!p.isBlank()) {
          previous.add(Secret.parse(p, PREVIOUS));
        }
      }
      return new Ring(current, previous);
    }
  }

  /**
   * The keys; read at the first call.
   *
   * @throws IllegalStateException naming the setting when the key is missing or unusable
   */
  public Ring ring() {
    Ring r = ring;
    if (r == null) {
      Config config = ConfigProvider.getConfig();
      boolean demo = config.getOptionalValue("accommodationdesk.demo", Boolean.class).orElse(false);
      r = Ring.from(name -> config.getOptionalValue(name, String.class), demo);
      if (demo && config.getOptionalValue(SETTING, String.class).isEmpty()) {
        LOG.warning(
            "Demo mode: documents are encrypted under a fixed demo key; set "
                + SETTING
                + " for real data");
      }
      ring = r;
    }
    return r;
  }
}
