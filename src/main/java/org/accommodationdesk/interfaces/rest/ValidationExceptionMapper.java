package org.accommodationdesk.interfaces.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/** Bean Validation failures on API input: 400, naming each field. */
@Provider
public class ValidationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {
  @Override
  public Response toResponse(ConstraintViolationException e) {
    List<Problem.FieldProblem> errors =
        e.getConstraintViolations().stream()
            .map(v -> new Problem.FieldProblem(field(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldProblem::field))
            .toList();
    return Problem.response(400, "Bad Request", "The input is not valid; see errors.", errors);
  }

  /** The last named node of the path: the JSON field, or "body" for a missing body. */
  static String field(ConstraintViolation<?> v) {
    String name = null;
    int depth = 0;
    for (Path.Node node : v.getPropertyPath()) {
      depth++;
      if (node.getName() != null) {
        name = node.getName();
      }
    }
    if (depth <= 2 || name == null) {
      // a violation on a method parameter itself, such as a missing body
      return name == null || name.startsWith("arg") ? "body" : name;
    }
    return name;
  }
}
