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

  public FieldErrors require(boolean condition, String field, String message) {
    if (!condition) {
      add(field, message);
    }
    return this;
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
}
