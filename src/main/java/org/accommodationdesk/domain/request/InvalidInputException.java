package org.accommodationdesk.domain.request;

import java.util.List;
import java.util.stream.Collectors;

/** Input that is missing or invalid; names each field. */
public class InvalidInputException extends DomainException {
  private static final long serialVersionUID = 1L;
  private final List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super(
        Kind.INVALID,
        "Invalid input: "
            + errors.stream()
                .map(e -> e.field() + ": " + e.message())
                .collect(Collectors.joining("; ")));
    this.errors = List.copyOf(errors);
  }

  public static InvalidInputException of(String field, String message) {
    return new InvalidInputException(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
