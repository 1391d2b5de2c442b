package org.accommodationdesk.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.JsonbException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 21, finding 9: the API reads exactly one JSON object, each key once. */
class JsonObjectBodyTest {
  @Test
  void refusesWhatIsNotExactlyOneObject() {
    Map<String, String> refused =
        Map.of(
            "{\"a\":1}{\"a\":2}",
            "",
            "{\"a\":1} xyz",
            "",
            "{\"a\":1,\"a\":2}",
            "appears twice",
            "{\"o\":{\"b\":1,\"b\":1}}",
            "appears twice",
            "[{\"a\":1}]",
            "starts with '['",
            "{\"a\":",
            "exactly one JSON object",
            "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}",
            "levels deep");
    refused.forEach(
        (json, says) -> {
          JsonbException e =
              assertThrows(JsonbException.class, () -> JsonObjectBody.check(json), json);
          assertTrue(e.getMessage().startsWith("A value must be"), e.getMessage());
          assertTrue(e.getMessage().contains(says), json + ": " + e.getMessage());
        });
  }

  @Test
  void acceptsOneObjectWithTheSameKeyInDifferentObjects() {
    assertDoesNotThrow(
        () -> JsonObjectBody.check(" {\"a\":{\"b\":1},\"c\":{\"b\":2},\"d\":[{\"b\":3}]}\n"));
  }
}
