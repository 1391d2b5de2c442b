package org.accommodationdesk.interfaces.rest;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import org.accommodationdesk.application.requests.RequestView;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The API description, made valid and complete in one place (registered as {@code
 * mp.openapi.filter}): every operation documents the RFC 9457 problem answers it can give, with the
 * {@code Problem} schema, besides the success answers its resource method declares.
 */
public class ApiDocumentFilter implements OASFilter {
  static final String PROBLEM = "Problem";
  static final String REQUEST = "Request";

  /** The operations that answer one request ({@link RequestView}). */
  static final java.util.Set<String> ANSWER_A_REQUEST =
      java.util.Set.of("create", "get", "transition", "unionAccess");

  /** The answers every operation can give, and what each means. */
  static final Map<String, String> COMMON =
      Map.of(
          "400", "The input is invalid; errors names each field.",
          "401", "No or wrong credentials (HTTP Basic).",
          "403", "The caller's role does not allow this operation.",
          "413", "The body is larger than 1 MB.",
          "500", "An unexpected failure; the detail gives an incident number.");

  /** The further answers of operations on one request. */
  static final Map<String, String> ON_ONE_REQUEST =
      Map.of("404", "No such request, or not one the caller may see.");

  /** The further answers of a workflow step. */
  static final Map<String, String> ON_A_STEP =
      Map.of(
          "409", "The request's status does not allow the step, or it changed meanwhile.",
          "412", "If-Match names an older version of the request.");

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    openAPI.getComponents().addSchema(PROBLEM, problemSchema());
    openAPI
        .getComponents()
        .addSchema(
            REQUEST,
            schemaOf(RequestView.class).description("A request, as its reader may see it"));
    dropPayaraEndpoints(openAPI);
  }

  /** A path parameter is always required (OpenAPI says so; the annotations' default says not). */
  @Override
  public Parameter filterParameter(Parameter parameter) {
    if (parameter.getIn() == Parameter.In.PATH) {
      parameter.setRequired(true);
    }
    return parameter;
  }

  /**
   * Payara writes every attribute of a {@code @Schema} annotation, defaults included ({@code
   * "maxProperties": 0} would forbid every property): drop the defaults.
   */
  @Override
  public Schema filterSchema(Schema schema) {
    if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
      schema.setMaxProperties(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinProperties())) {
      schema.setMinProperties(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinLength())) {
      schema.setMinLength(null);
    }
    if (Boolean.FALSE.equals(schema.getUniqueItems())) {
      schema.setUniqueItems(null);
    }
    if (Boolean.FALSE.equals(schema.getNullable())) {
      schema.setNullable(null);
    }
    if (Boolean.FALSE.equals(schema.getReadOnly())) {
      schema.setReadOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getWriteOnly())) {
      schema.setWriteOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getDeprecated())) {
      schema.setDeprecated(null);
    }
    if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
      schema.setExclusiveMaximum(null);
    }
    if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
      schema.setExclusiveMinimum(null);
    }
    return schema;
  }

  @Override
  public Operation filterOperation(Operation operation) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    responses.removeAPIResponse("default");
    String id = operation.getOperationId() == null ? "" : operation.getOperationId();
    if (ANSWER_A_REQUEST.contains(id)) {
      responses
          .getAPIResponses()
          .forEach(
              (code, response) -> {
                if (code.startsWith("2") && response.getContent() != null) {
                  response
                      .getContent()
                      .getMediaTypes()
                      .values()
                      .forEach(
                          media ->
                              media.setSchema(
                                  OASFactory.createSchema()
                                      .ref("#/components/schemas/" + REQUEST)));
                }
              });
    }
    addAll(responses, COMMON);
    if (id.equals("get") || id.equals("transition") || id.equals("unionAccess")) {
      addAll(responses, ON_ONE_REQUEST);
    }
    if (id.equals("transition")) {
      addAll(responses, ON_A_STEP);
    }
    if (id.equals("getAccount") || id.equals("changeAccount")) {
      addAll(responses, Map.of("404", "No account with this user name."));
    }
    if (id.equals("changeAccount")) {
      addAll(responses, Map.of("412", "If-Match names an older version of the account."));
    }
    if (id.equals("revokeToken")) {
      addAll(responses, Map.of("404", "No token with this id among the caller's."));
    }
    return operation;
  }

  private static void addAll(APIResponses responses, Map<String, String> answers) {
    answers.forEach(
        (code, description) -> {
          if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, problem(description));
          }
        });
  }

  static APIResponse problem(String description) {
    Content content =
        OASFactory.createContent()
            .addMediaType(
                "application/problem+json",
                OASFactory.createMediaType()
                    .schema(OASFactory.createSchema().ref("#/components/schemas/" + PROBLEM)));
    return OASFactory.createAPIResponse().description(description).content(content);
  }

  /** The schema of {@link Problem}, read from the record itself so that the two cannot differ. */
  static Schema problemSchema() {
    return schemaOf(Problem.class).description("RFC 9457 problem details");
  }

  /** A schema read from a record's components, so that the document and the code cannot differ. */
  static Schema schemaOf(Class<?> record) {
    Schema schema = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
    for (RecordComponent c : record.getRecordComponents()) {
      schema.addProperty(c.getName(), schemaOf(c.getType(), c.getGenericType()));
    }
    return schema;
  }

  private static Schema schemaOf(Class<?> t, java.lang.reflect.Type generic) {
    if (t == int.class || t == long.class || t == Integer.class || t == Long.class) {
      return OASFactory.createSchema()
          .type(Schema.SchemaType.INTEGER)
          .format(t == long.class || t == Long.class ? "int64" : "int32");
    }
    if (t == boolean.class || t == Boolean.class) {
      return OASFactory.createSchema().type(Schema.SchemaType.BOOLEAN);
    }
    if (t == java.time.Instant.class) {
      return OASFactory.createSchema().type(Schema.SchemaType.STRING).format("date-time");
    }
    if (t == java.time.LocalDate.class) {
      return OASFactory.createSchema().type(Schema.SchemaType.STRING).format("date");
    }
    if (t.isEnum()) {
      Schema e = OASFactory.createSchema().type(Schema.SchemaType.STRING);
      for (Object constant : t.getEnumConstants()) {
        e.addEnumeration(((Enum<?>) constant).name());
      }
      return e;
    }
    if (t.isRecord()) {
      return schemaOf(t);
    }
    if (java.util.Collection.class.isAssignableFrom(t)
        && generic instanceof ParameterizedType p
        && p.getActualTypeArguments()[0] instanceof Class<?> item) {
      return OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(schemaOf(item, item));
    }
    return OASFactory.createSchema().type(Schema.SchemaType.STRING);
  }

  /**
   * Payara 6.2025.10 adds a top-level {@code endpoints} member, which OpenAPI does not allow (fixed
   * upstream as {@code x-endpoints}, FISH-12303). Its document class has a setter for it; with the
   * member emptied the document is valid. Nothing happens on a Payara without it.
   */
  static void dropPayaraEndpoints(OpenAPI openAPI) {
    try {
      // Empty, not null: Payara clones the map, and writes no empty member (NON_EMPTY).
      openAPI
          .getClass()
          .getMethod("setEndpoints", Map.class)
          .invoke(openAPI, new java.util.TreeMap<String, java.util.Set<String>>());
    } catch (ReflectiveOperationException | RuntimeException absent) {
      // another implementation, or a Payara that no longer has it
    }
  }
}
