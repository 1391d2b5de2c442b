package org.accommodationdesk.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A message with a placeholder is formatted by MessageFormat, which takes a single apostrophe as a
 * quote and drops it: "the employee's file" printed as "the employees file" (issue 25, polish).
 * Every such apostrophe must be doubled, in both languages.
 */
class MessageApostrophesTest {
  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");
  static final Pattern SINGLE = Pattern.compile("(?<!')'(?!')");

  @Test
  void everyApostropheOfAFormattedMessageIsDoubled() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (String bundle : List.of("messages.properties", "messages_es.properties")) {
      Properties p = new Properties();
      try (InputStream in =
          getClass().getResourceAsStream("/org/accommodationdesk/i18n/" + bundle)) {
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
      for (String key : p.stringPropertyNames()) {
        String value = p.getProperty(key);
        if (PLACEHOLDER.matcher(value).find() && SINGLE.matcher(value).find()) {
          wrong.add(bundle + " " + key + "=" + value);
        }
      }
    }
    assertEquals(List.of(), wrong);
  }
}
