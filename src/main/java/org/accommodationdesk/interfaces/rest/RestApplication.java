package org.accommodationdesk.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The JSON API, under {@code /api}, authenticated with a personal access token or HTTP Basic. */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Accommodation Desk API",
            version = "1",
            description =
                "Remote-work accommodation requests: file, review, decide, appeal; aggregate"
                    + " statistics. Errors are RFC 9457 problem details."),
    security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "A personal access token (POST /api/tokens, or the API tokens page).")
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {
  /** No generated WADL document: the API is described by OpenAPI at /openapi. */
  @Override
  public java.util.Map<String, Object> getProperties() {
    return java.util.Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
