package org.accommodationdesk.infrastructure.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents' encryption and the keys from configuration. */
class KeysTest {
  static final byte[] LETTER =
      "Dr. Rivera: asthma, severe; avoid crowded rooms.".getBytes(StandardCharsets.UTF_8);

  static String base64Key(int fill) {
    byte[] k = new byte[32];
    java.util.Arrays.fill(k, (byte) fill);
    return Base64.getEncoder().encodeToString(k);
  }

  @Test
  void aDocumentsStoredBytesAreNotItsBytesAndOpenOnlyWithItsKeyAndItsLabel() {
    byte[] key = Aead.newKey();
    byte[] sealed = Aead.seal(key, "document:7", LETTER);
    assertFalse(java.util.Arrays.equals(LETTER, sealed));
    assertFalse(
        new String(sealed, StandardCharsets.ISO_8859_1).contains("asthma"), "no plain text inside");
    assertArrayEquals(LETTER, Aead.open(key, "document:7", sealed));
    assertNotEquals(
        HexFormat.of().formatHex(sealed),
        HexFormat.of().formatHex(Aead.seal(key, "document:7", LETTER)),
        "a fresh nonce each time");
    assertThrows(Aead.Unreadable.class, () -> Aead.open(Aead.newKey(), "document:7", sealed));
    assertThrows(
        Aead.Unreadable.class,
        () -> Aead.open(key, "document:8", sealed),
        "moved to another document's row");
    byte[] changed = sealed.clone();
    changed[changed.length - 5] ^= 1;
    assertThrows(Aead.Unreadable.class, () -> Aead.open(key, "document:7", changed));
    assertThrows(
        Aead.Unreadable.class, () -> Aead.open(key, "document:7", LETTER), "never the clear");
  }

  @Test
  void withoutTheMasterKeyStartUpStopsWithAMessageNamingTheSetting() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> MasterKeys.Ring.from(name -> Optional.empty(), false));
    assertTrue(e.getMessage().startsWith(MasterKeys.SETTING + " is not set"), e.getMessage());
    assertTrue(e.getMessage().contains(MasterKeys.ENVIRONMENT), e.getMessage());
    IllegalStateException ledger =
        assertThrows(
            IllegalStateException.class, () -> LedgerKeys.read(name -> Optional.empty(), false));
    assertTrue(
        ledger.getMessage().startsWith(LedgerKeys.SETTING + " is not set"), ledger.getMessage());
  }

  @Test
  void aKeyThatIsNotBase64Of32BytesIsRefusedByTheSettingsNameNeverShowingTheValue() {
    IllegalStateException shortKey =
        assertThrows(
            IllegalStateException.class,
            () -> MasterKeys.Ring.from(settings(Map.of(MasterKeys.SETTING, "c2VjcmV0")), false));
    assertTrue(shortKey.getMessage().startsWith(MasterKeys.SETTING + ": a key must be 32 bytes"));
    assertFalse(shortKey.getMessage().contains("c2VjcmV0"));
    IllegalStateException notBase64 =
        assertThrows(
            IllegalStateException.class,
            () -> MasterKeys.Ring.from(settings(Map.of(MasterKeys.SETTING, "not a key!")), false));
    assertTrue(notBase64.getMessage().startsWith(MasterKeys.SETTING + ": not a base64 key"));
  }

  @Test
  void theKeyMayComeFromAFileAndPreviousKeysAreFoundByTheirId(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("master.key");
    Files.writeString(file, base64Key(1) + "\n");
    MasterKeys.Ring ring =
        MasterKeys.Ring.from(
            settings(
                Map.of(
                    MasterKeys.SETTING + "-file",
                    file.toString(),
                    MasterKeys.PREVIOUS,
                    base64Key(2) + ", " + base64Key(3))),
            false);
    Secret two = Secret.parse(base64Key(2), "x");
    assertEquals(Secret.parse(base64Key(1), "x"), ring.current());
    assertEquals(Optional.of(two), ring.byId(two.id()));
    assertEquals(Optional.empty(), ring.byId(Secret.parse(base64Key(4), "x").id()));
    IllegalStateException missing =
        assertThrows(
            IllegalStateException.class,
            () ->
                MasterKeys.Ring.from(
                    settings(Map.of(MasterKeys.SETTING + "-file", dir.resolve("none").toString())),
                    false));
    assertTrue(missing.getMessage().startsWith(MasterKeys.SETTING + "-file: cannot read"));
  }

  @Test
  void demoModeAloneFallsBackToAFixedDemoKey() {
    MasterKeys.Ring demo = MasterKeys.Ring.from(name -> Optional.empty(), true);
    assertEquals(Secret.demo(MasterKeys.SETTING), demo.current());
    assertNotEquals(demo.current(), Secret.parse(base64Key(1), "x"));
  }

  @Test
  void aRequestKeyWrappedUnderAnOldMasterKeyOpensAfterRotationOnlyThroughThatKey() {
    Secret old = Secret.parse(base64Key(5), "old");
    Secret next = Secret.parse(base64Key(6), "new");
    byte[] dataKey = Aead.newKey();
    byte[] wrapped = Aead.seal(old.bytes(), RequestKeys.label(42), dataKey);
    assertThrows(
        Aead.Unreadable.class, () -> Aead.open(next.bytes(), RequestKeys.label(42), wrapped));
    byte[] rewrapped =
        Aead.seal(
            next.bytes(),
            RequestKeys.label(42),
            Aead.open(old.bytes(), RequestKeys.label(42), wrapped));
    assertArrayEquals(dataKey, Aead.open(next.bytes(), RequestKeys.label(42), rewrapped));
    assertThrows(
        Aead.Unreadable.class,
        () -> Aead.open(next.bytes(), RequestKeys.label(43), rewrapped),
        "bound to its request");
  }

  static java.util.function.Function<String, Optional<String>> settings(
      Map<String, String> values) {
    return name -> Optional.ofNullable(values.get(name));
  }
}
