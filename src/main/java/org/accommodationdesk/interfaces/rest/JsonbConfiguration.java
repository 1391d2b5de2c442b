package org.accommodationdesk.interfaces.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON as the API writes it: absent values as explicit nulls (a suppressed statistic is {@code
 * "value": null} beside {@code "suppressed": true}); and as it reads it: booleans and whole numbers
 * only as JSON says them ({@link StrictJsonTypes}).
 */
@Provider
public class JsonbConfiguration implements ContextResolver<Jsonb> {
  private final Jsonb jsonb =
      JsonbBuilder.create(
          new JsonbConfig()
              .withNullValues(true)
              .withDeserializers(
                  new StrictJsonTypes.StrictBoolean(),
                  new StrictJsonTypes.StrictInteger(),
                  new StrictJsonTypes.StrictString()));

  @Override
  public Jsonb getContext(Class<?> type) {
    return jsonb;
  }
}
