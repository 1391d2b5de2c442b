package org.accommodationdesk.domain.request;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem with an input before refusing it, so a user learns them all at once. */
public final class FieldErrors {
  private final List<FieldError> errors = new ArrayList<>();

  public FieldErrors add(String field, String message) {
    errors.add(new FieldError(field, message));
    return this;
  }

  public FieldErrors add(String field, String code, String message) {
    errors.add(new FieldError(field, code, message));
    return this;
  }

  /** Adds every problem of {@code other}. */
  public FieldErrors addAll(FieldErrors other) {
    errors.addAll(other.errors);
    return this;
  }

  public FieldErrors require(boolean condition, String field, String code, String message) {
    if (!condition) {
      add(field, code, message);
    }
    return this;
  }

  public FieldErrors require(boolean condition, String field, String message) {
    if (!condition) {
      add(field, message);
    }
    return this;
  }

  /**
   * The one rule for free text a person writes: at most {@code max} characters, and only text (no
   * control characters but tab and line breaks, no half of a surrogate pair), which every database
   * stores as written.
   */
  public FieldErrors text(String field, String value, int max) {
    if (value == null) {
      return this;
    }
    if (value.length() > max) {
      add(field, "must be at most " + max + " characters");
    } else if (!isText(value)) {
      add(field, "text.characters", "contains characters that are not text (control characters)");
    }
    return this;
  }

  static boolean isText(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  public List<FieldError> asList() {
    return List.copyOf(errors);
  }

  /** Throws {@link InvalidInputException} naming every collected problem, if there is any. */
  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  /**
   * A text that must be given, of at most {@link TextLimits#TEXT} characters, stripped.
   *
   * @throws InvalidInputException naming {@code field} with {@code message} when it is blank, or
   *     its length when it is too long
   */
  public static String requiredText(String field, String text, String message) {
    FieldErrors errors = new FieldErrors();
    errors.require(text != null && !text.isBlank(), field, message);
    errors.text(field, text, TextLimits.TEXT);
    errors.throwIfAny();
    return text.strip();
  }

  /**
   * A text that may be left out (null when blank), of at most {@link TextLimits#TEXT} characters,
   * stripped.
   *
   * @throws InvalidInputException naming {@code field} when it is too long
   */
  public static String optionalText(String field, String text) {
    new FieldErrors().text(field, text, TextLimits.TEXT).throwIfAny();
    return stripped(text);
  }

  /** The text stripped, or null when it is null or blank. */
  public static String stripped(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
