package org.accommodationdesk.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.accommodationdesk.domain.request.Action;
import org.accommodationdesk.domain.request.Category;
import org.accommodationdesk.domain.request.RequestStatus;
import org.junit.jupiter.api.Test;

/** English and Spanish say the same things: the same keys, the same placeholders, every label. */
class MessageBundlesTest {
  static final String BASE = "/org/accommodationdesk/i18n/messages";

  static Properties load(String suffix) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        MessageBundlesTest.class.getResourceAsStream(BASE + suffix + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  /**
   * No key is written twice: a bundle keeps the last one silently, so a second meaning given to a
   * key changes every page that used the first (the decision panel's "Please confirm your decision"
   * once read "Confirm this request").
   */
  @Test
  void noKeyIsDefinedTwice() throws IOException {
    for (String suffix : java.util.List.of("", "_es")) {
      java.util.Map<String, Integer> seen = new java.util.HashMap<>();
      java.util.List<String> twice = new java.util.ArrayList<>();
      try (java.io.BufferedReader r =
          new java.io.BufferedReader(
              new InputStreamReader(
                  MessageBundlesTest.class.getResourceAsStream(BASE + suffix + ".properties"),
                  StandardCharsets.UTF_8))) {
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
          n++;
          String t = line.strip();
          if (t.isEmpty() || t.startsWith("#") || t.startsWith("!") || !t.contains("=")) {
            continue;
          }
          String key = t.substring(0, t.indexOf('=')).strip();
          Integer first = seen.putIfAbsent(key, n);
          if (first != null) {
            twice.add(key + " (lines " + first + " and " + n + ")");
          }
        }
      }
      assertTrue(twice.isEmpty(), "messages" + suffix + ": " + twice);
    }
  }

  @Test
  void spanishHasExactlyTheEnglishKeys() throws IOException {
    Set<String> en = new TreeSet<>(load("").stringPropertyNames());
    Set<String> es = new TreeSet<>(load("_es").stringPropertyNames());
    Set<String> missingInSpanish = new TreeSet<>(en);
    missingInSpanish.removeAll(es);
    Set<String> onlyInSpanish = new TreeSet<>(es);
    onlyInSpanish.removeAll(en);
    assertEquals(Set.of(), missingInSpanish, "keys without a Spanish text");
    assertEquals(Set.of(), onlyInSpanish, "Spanish keys that English lacks");
  }

  @Test
  void bothLanguagesUseTheSamePlaceholders() throws IOException {
    Properties en = load("");
    Properties es = load("_es");
    for (String key : en.stringPropertyNames()) {
      if (es.containsKey(key)) {
        assertEquals(
            placeholders(en.getProperty(key)),
            placeholders(es.getProperty(key)),
            "placeholders of " + key);
        new MessageFormat(es.getProperty(key), Locale.forLanguageTag("es")); // parses
      }
    }
  }

  @Test
  void everyCodeShownToPeopleHasALabel() throws IOException {
    Properties en = load("");
    Stream.of(RequestStatus.values()).forEach(s -> assertLabel(en, "status." + s));
    Stream.of(Category.values()).forEach(c -> assertLabel(en, "category." + c));
    Stream.of(Action.values()).forEach(a -> assertLabel(en, "action." + a));
  }

  /** Every literal key a page asks for ({@code msg['...']}) exists. */
  @Test
  void everyKeyThePagesUseExists() throws IOException {
    Properties en = load("");
    Pattern literal = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        Matcher m = literal.matcher(Files.readString(page));
        while (m.find()) {
          if (!en.containsKey(m.group(1))) {
            missing.add(m.group(1) + " in " + page.getFileName());
          }
        }
      }
    }
    assertEquals(Set.of(), missing);
  }

  /** A request number is a reference, not a quantity: 12345, never 12,345 or 12.345. */
  @Test
  void referenceNumbersHaveNoGroupingInEitherLanguage() throws IOException {
    assertEquals(
        "Request 12345",
        new MessageFormat(load("").getProperty("case.title"), Locale.ENGLISH)
            .format(new Object[] {12345L}));
    assertEquals(
        "Solicitud 12345",
        new MessageFormat(load("_es").getProperty("case.title"), Locale.forLanguageTag("es"))
            .format(new Object[] {12345L}));
    assertTrue(
        new MessageFormat(load("").getProperty("new.confirmation"), Locale.ENGLISH)
            .format(new Object[] {12345L})
            .contains(" 12345."));
  }

  static void assertLabel(Properties bundle, String key) {
    assertTrue(bundle.containsKey(key), "no label for " + key);
  }

  static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = Pattern.compile("\\{(\\d+)").matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
