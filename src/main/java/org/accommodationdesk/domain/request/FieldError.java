package org.accommodationdesk.domain.request;

import java.util.Objects;

/**
 * One thing wrong with one input field, in words a user can act on.
 *
 * @param code what is wrong, for showing the message in the user's language (defaults to the field)
 */
public record FieldError(String field, String code, String message)
    implements java.io.Serializable {
  public FieldError {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
    code = code == null ? field : code;
  }

  public FieldError(String field, String message) {
    this(field, null, message);
  }
}
