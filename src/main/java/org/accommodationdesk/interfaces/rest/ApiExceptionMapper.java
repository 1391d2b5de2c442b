package org.accommodationdesk.interfaces.rest;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.accommodationdesk.domain.request.DomainException;
import org.accommodationdesk.domain.request.InvalidInputException;
import org.accommodationdesk.interfaces.FailureLog;

/**
 * Turns every failure into an RFC 9457 problem document with a message a client can act on. No
 * stack trace ever leaves the server: unexpected errors are logged with an id that the response
 * quotes.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

  @Override
  public Response toResponse(Throwable thrown) {
    Throwable e = unwrap(thrown);
    if (e instanceof DomainException refused) {
      return domain(refused);
    }
    if (e instanceof EJBAccessException || e instanceof AccessLocalException) {
      return Problem.response(
          Response.Status.FORBIDDEN, "Your role does not allow this operation.");
    }
    if (e instanceof WebApplicationException wae && wae.getResponse().getStatus() == 413) {
      return Problem.response(
          413,
          "Content Too Large",
          "The body is larger than the API accepts (" + BodySizeLimit.MAX_BYTES / 1024 + " KB).",
          null);
    }
    if (e instanceof ValueRefusedException) {
      return Problem.response(Response.Status.BAD_REQUEST, e.getMessage() + ".");
    }
    if (e instanceof JsonbException || e instanceof ProcessingException) {
      return Problem.response(
          Response.Status.BAD_REQUEST,
          "The body is not valid JSON, or a value has the wrong type (numbers, true/false and"
              + " text where the API expects them).");
    }
    if (e instanceof WebApplicationException wae) {
      Response r = wae.getResponse();
      if (r.getStatus() >= 500) {
        return internalError(wae);
      }
      String detail =
          switch (r.getStatus()) {
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept this method.";
            case 406 -> "This resource cannot answer in the media type asked for.";
            case 415 -> "Send the body as application/json, in UTF-8.";
            default -> "The request could not be processed.";
          };
      Response.ResponseBuilder b =
          Response.fromResponse(
                  Problem.response(
                      r.getStatus(), r.getStatusInfo().getReasonPhrase(), detail, null))
              .type(Problem.MEDIA_TYPE);
      if (r.getHeaderString("Allow") != null) {
        b.header("Allow", r.getHeaderString("Allow"));
      }
      return b.build();
    }
    return internalError(thrown);
  }

  private static Response internalError(Throwable e) {
    String id = FailureLog.incident(e);
    return Problem.response(
        Response.Status.INTERNAL_SERVER_ERROR,
        "Something went wrong on our side. Quote " + id + " if you report it.");
  }

  /** The API's answer to each kind of refusal: the one place that maps them to status codes. */
  static Response domain(DomainException e) {
    return switch (e.kind()) {
      case INVALID ->
          e instanceof InvalidInputException invalid
              ? Problem.response(
                  400,
                  "Bad Request",
                  "The input is not valid; see errors.",
                  invalid.errors().stream()
                      .map(x -> new Problem.FieldProblem(x.field(), x.message()))
                      .toList())
              : Problem.response(Response.Status.BAD_REQUEST, e.getMessage());
      case NOT_FOUND -> Problem.response(Response.Status.NOT_FOUND, e.getMessage());
      case NOT_PERMITTED -> Problem.response(Response.Status.FORBIDDEN, e.getMessage());
      case NOT_NOW, CONCURRENT -> Problem.response(Response.Status.CONFLICT, e.getMessage());
      case STALE -> Problem.response(Response.Status.PRECONDITION_FAILED, e.getMessage());
    };
  }

  /**
   * Finds the failure to answer for, wrapped in container exceptions: first a body too large or a
   * value refused ({@link ValueRefusedException}) anywhere in the chain, else the outermost domain,
   * access or JSON failure.
   */
  static Throwable unwrap(Throwable e) {
    Throwable c = e;
    for (int i = 0; i < 10 && c != null; i++, c = c.getCause()) {
      if (c instanceof WebApplicationException wae && wae.getResponse().getStatus() == 413) {
        return c;
      }
      if (c instanceof ValueRefusedException) {
        return c;
      }
    }
    Throwable current = e;
    for (int i = 0; i < 10 && current != null; i++) {
      if (current instanceof DomainException
          || current instanceof EJBAccessException
          || current instanceof AccessLocalException
          || current instanceof JsonbException) {
        return current;
      }
      current = current.getCause();
    }
    return e;
  }
}
