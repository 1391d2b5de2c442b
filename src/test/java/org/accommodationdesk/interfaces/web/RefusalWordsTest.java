package org.accommodationdesk.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.accommodationdesk.domain.request.DomainException.Kind;
import org.junit.jupiter.api.Test;

/** Every kind of refusal has its words on the pages, in English and Spanish, each its own. */
class RefusalWordsTest {
  @Test
  void everyKindOfRefusalHasWordsInBothLanguages() {
    Set<String> keys = new HashSet<>();
    for (Kind kind : Kind.values()) {
      String key = FacesSupport.messageKey(kind);
      keys.add(key);
      for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("es")}) {
        ResourceBundle words = ResourceBundle.getBundle(FacesSupport.BUNDLE, locale);
        assertTrue(words.containsKey(key), kind + " in " + locale + ": " + key);
      }
      assertNotEquals(
          ResourceBundle.getBundle(FacesSupport.BUNDLE, Locale.ENGLISH).getString(key),
          ResourceBundle.getBundle(FacesSupport.BUNDLE, Locale.forLanguageTag("es")).getString(key),
          "translated: " + key);
    }
    assertEquals("error.stale", FacesSupport.messageKey(Kind.CONCURRENT));
    assertEquals("error.stale", FacesSupport.messageKey(Kind.STALE));
    assertEquals(Kind.values().length - 1, keys.size(), "one key per kind but the two of 'stale'");
  }
}
