package org.accommodationdesk.interfaces.rest;

import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem document.
 *
 * @param errors for 400s, one entry per field that is wrong
 */
public record Problem(
    String type, String title, int status, String detail, List<FieldProblem> errors) {
  public static final String MEDIA_TYPE = "application/problem+json";

  /** What is wrong with one field. */
  public record FieldProblem(String field, String message) {}

  public static Response response(Response.Status status, String detail) {
    return response(status.getStatusCode(), status.getReasonPhrase(), detail, null);
  }

  public static Response response(
      int status, String title, String detail, List<FieldProblem> errors) {
    return Response.status(status)
        .type(MEDIA_TYPE)
        .entity(new Problem("about:blank", title, status, detail, errors))
        .build();
  }
}
