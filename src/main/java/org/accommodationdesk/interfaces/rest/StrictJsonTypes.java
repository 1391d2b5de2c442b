package org.accommodationdesk.interfaces.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * JSON-B's default readers are lenient: "TRUE" or [true] become true, "yes" and 1 false, 1.5 the
 * whole number 1. The API takes only what the JSON says: a boolean is {@code true} or {@code
 * false}, a whole number has no fraction, a text is a JSON string. Anything else is refused as a
 * 400 naming the value.
 */
final class StrictJsonTypes {
  private StrictJsonTypes() {}

  /** Only JSON {@code true} and {@code false}. */
  static final class StrictBoolean implements JsonbDeserializer<Boolean> {
    @Override
    public Boolean deserialize(JsonParser parser, DeserializationContext ctx, Type type) {
      JsonValue v = parser.getValue();
      if (v == JsonValue.TRUE) {
        return Boolean.TRUE;
      }
      if (v == JsonValue.FALSE) {
        return Boolean.FALSE;
      }
      if (v == JsonValue.NULL) {
        return null;
      }
      throw new ValueRefusedException("A value must be true or false" + found(v));
    }
  }

  /** Only JSON numbers without a fraction, within the range of an int. */
  static final class StrictInteger implements JsonbDeserializer<Integer> {
    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext ctx, Type type) {
      JsonValue v = parser.getValue();
      if (v == JsonValue.NULL) {
        return null;
      }
      if (v instanceof JsonNumber n) {
        if (!n.isIntegral()) { // 3.0 is a decimal in JSON, whatever its value
          throw new ValueRefusedException(
              "A value must be a whole number, not " + n.bigDecimalValue().toPlainString());
        }
        try {
          return n.bigDecimalValue().intValueExact();
        } catch (ArithmeticException e) {
          throw new ValueRefusedException(
              "A value must be a whole number, not " + n.bigDecimalValue().toPlainString());
        }
      }
      throw new ValueRefusedException("A value must be a whole number" + found(v));
    }
  }

  /** Only JSON text for text: 42 or true where a text belongs is a mistake, not "42" or "true". */
  static final class StrictString implements JsonbDeserializer<String> {
    @Override
    public String deserialize(JsonParser parser, DeserializationContext ctx, Type type) {
      JsonValue v = parser.getValue();
      if (v == JsonValue.NULL) {
        return null;
      }
      if (v instanceof JsonString s) {
        return s.getString();
      }
      throw new ValueRefusedException("A value must be text" + found(v));
    }
  }

  private static String found(JsonValue v) {
    return switch (v.getValueType()) {
      case STRING -> ", not the text \"" + abbreviate(((JsonString) v).getString()) + "\"";
      case NUMBER -> ", not the number " + ((JsonNumber) v).bigDecimalValue().toPlainString();
      case ARRAY -> ", not a list";
      case OBJECT -> ", not an object";
      default -> "";
    };
  }

  private static String abbreviate(String s) {
    return s.length() <= 20 ? s : s.substring(0, 20) + "…";
  }
}
