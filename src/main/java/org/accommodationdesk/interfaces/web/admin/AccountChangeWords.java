package org.accommodationdesk.interfaces.web.admin;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.accommodationdesk.interfaces.web.FacesSupport;

/**
 * What changes in an account, field by field, in the reader's words: the audit log's entries and
 * the roster import's preview say it the same way (role names, yes and no, a dash for nothing).
 */
final class AccountChangeWords {
  /** One field that changed: its label and the values before and after, as words. */
  public record Change(String field, String before, String after) implements Serializable {}

  private final FacesSupport faces;

  AccountChangeWords(FacesSupport faces) {
    this.faces = faces;
  }

  /** {@link #changes(JsonObject, JsonObject)} of two account snapshots. */
  public List<Change> changes(Map<String, ?> before, Map<String, ?> after) {
    return changes(json(before), json(after));
  }

  private static JsonObject json(Map<String, ?> snapshot) {
    var b = Json.createObjectBuilder();
    snapshot.forEach(
        (k, v) -> {
          if (v == null) {
            b.addNull(k);
          } else if (v instanceof java.util.Collection<?> c) {
            var a = Json.createArrayBuilder();
            c.forEach(x -> a.add(String.valueOf(x)));
            b.add(k, a);
          } else if (v instanceof Boolean flag) {
            b.add(k, flag);
          } else {
            b.add(k, String.valueOf(v));
          }
        });
    return b.build();
  }

  /**
   * The fields that differ, in the reader's words (the user name, which never changes, left out).
   */
  public List<Change> changes(JsonObject before, JsonObject after) {
    Set<String> fields = new LinkedHashSet<>(after.keySet());
    fields.addAll(before.keySet());
    List<Change> changes = new ArrayList<>();
    for (String field : fields) {
      JsonValue b = before.get(field);
      JsonValue a = after.get(field);
      if (a != null && a.equals(b) || field.equals("username")) {
        continue;
      }
      changes.add(new Change(faces.text("admin.field." + field), words(field, b), words(field, a)));
    }
    return changes;
  }

  /** A stored value in the reader's words: yes/no, role names, a dash for nothing. */
  private String words(String field, JsonValue v) {
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return "—";
    }
    return switch (v.getValueType()) {
      case TRUE -> faces.text("common.yes");
      case FALSE -> faces.text("common.no");
      case ARRAY ->
          v.asJsonArray().getValuesAs(jakarta.json.JsonString.class).stream()
              .map(s -> field.equals("roles") ? faces.text("role." + s.getString()) : s.getString())
              .collect(Collectors.joining(", "));
      case STRING ->
          field.equals("language")
              ? faces.text("language." + ((jakarta.json.JsonString) v).getString())
              : ((jakarta.json.JsonString) v).getString();
      default -> v.toString();
    };
  }
}
