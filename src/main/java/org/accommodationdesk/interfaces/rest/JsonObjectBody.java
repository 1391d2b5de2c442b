package org.accommodationdesk.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Every JSON body the API reads is exactly one JSON object, as RFC 8259 defines JSON text and as
 * the API documents it, checked before JSON-B reads it (JSON-B alone takes {@code [{...}]} as the
 * object inside, stops after the first of {@code {...}{...}}, ignores what follows {@code {...}}
 * and lets the last of two equal keys win). Refused with a 400 naming what is wrong: anything but
 * one object, anything after it, a key given twice in one object, bytes that are not UTF-8. A
 * charset other than UTF-8 in the Content-Type is refused with a 415 (JSON between systems is
 * UTF-8, RFC 8259 section 8.1). Runs after {@link BodySizeLimit}, so it never holds more than the
 * API's largest body.
 */
@Provider
@Priority(Priorities.ENTITY_CODER + 100)
public class JsonObjectBody implements ReaderInterceptor {
  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    if (type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
      String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
      if (charset != null && !charset.strip().equalsIgnoreCase("utf-8")) {
        throw new NotSupportedException("charset " + charset);
      }
      byte[] body = context.getInputStream().readAllBytes();
      if (body.length > 0) {
        check(utf8(body));
      }
      context.setInputStream(new ByteArrayInputStream(body));
    }
    return context.proceed();
  }

  private static String utf8(byte[] body) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ValueRefusedException(
          "A value must be sent as UTF-8: the body has bytes that are not");
    }
  }

  /**
   * Refuses {@code json} unless it is one object with no key twice in any object.
   *
   * @throws JsonbException naming what is wrong, starting "A value must be" (a 400 that says so)
   */
  static void check(String json) {
    String start = json.stripLeading();
    if (!start.isEmpty() && start.charAt(0) != '{') {
      throw new ValueRefusedException(
          "A value must be one JSON object here ({...}): the body starts with '"
              + start.charAt(0)
              + "'");
    }
    Deque<Set<String>> objects = new ArrayDeque<>();
    int depth = 0;
    try (JsonParser parser = Json.createParser(new StringReader(json))) {
      while (parser.hasNext()) {
        JsonParser.Event event = parser.next();
        switch (event) {
          case START_OBJECT -> {
            objects.push(new HashSet<>());
            depth = deeper(depth);
          }
          case START_ARRAY -> depth = deeper(depth);
          case END_OBJECT -> {
            objects.pop();
            depth--;
          }
          case END_ARRAY -> depth--;
          case KEY_NAME -> {
            if (!objects.peek().add(parser.getString())) {
              throw new ValueRefusedException(
                  "A value must be given once: the key \""
                      + shortened(parser.getString())
                      + "\" appears twice in one object");
            }
          }
          default -> {
            // values and arrays: JSON-B checks their types
          }
        }
        if (objects.isEmpty() && event == JsonParser.Event.END_OBJECT && parser.hasNext()) {
          throw new ValueRefusedException(
              "A value must be one JSON object here: something follows the object's closing }");
        }
      }
    } catch (JsonParsingException e) {
      // also what follows a complete object ({...}{...}, {...} xyz): Parsson expects the end there
      throw new ValueRefusedException(
          "A value must be exactly one JSON object: the body is not"
              + (e.getLocation() == null
                  ? ""
                  : ", from line "
                      + e.getLocation().getLineNumber()
                      + ", column "
                      + e.getLocation().getColumnNumber()));
    } catch (jakarta.json.JsonException e) {
      throw new ValueRefusedException("A value must be valid JSON: the body is not");
    }
  }

  /** No API body nests deeper than three levels; JSON nested deeper than this is refused. */
  static final int MAX_DEPTH = 32;

  private static int deeper(int depth) {
    if (depth >= MAX_DEPTH) {
      throw new ValueRefusedException(
          "A value must be nested at most " + MAX_DEPTH + " levels deep: the body is deeper");
    }
    return depth + 1;
  }

  private static String shortened(String key) {
    String k = key.length() > 40 ? key.substring(0, 40) + "..." : key;
    return k.replaceAll("[^\\p{L}\\p{N}_.-]", "?");
  }
}
