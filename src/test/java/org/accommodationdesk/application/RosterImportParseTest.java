package org.accommodationdesk.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.accommodationdesk.domain.request.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Issue 21, finding 4: a roster that is not valid CSV is refused by name, never a 500. */
class RosterImportParseTest {
  @Test
  void anUnclosedQuoteIsNamed() {
    for (String csv :
        new String[] {
          "username,displayName\nann,\"Ann Lee\n",
          "username,displayName\nann,Ann\nbob,\"Bob \"the\" Builder\n",
          "username,displayName\n\"ann,Ann\n"
        }) {
      InvalidInputException e =
          assertThrows(InvalidInputException.class, () -> RosterImport.parse(csv), csv);
      assertEquals("file", e.errors().get(0).field());
      assertTrue(e.errors().get(0).message().contains("quoted value is not closed"), csv);
    }
  }

  @Test
  void aValidRosterIsRead() {
    assertEquals(2, RosterImport.parse("username,displayName\nann,\"Lee, Ann\"\nbob,Bob\n").size());
  }
}
