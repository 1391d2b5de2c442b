package org.accommodationdesk.bench.bare;

import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The bare stack's one operation: parse a JSON body, insert one row, answer 201 with its id. */
@Path("submissions")
@Stateless
public class BareResource {
  @PersistenceContext private EntityManager em;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response submit(JsonObject body) {
    BareSubmission s =
        new BareSubmission(
            body.getString("category", null),
            body.getString("arrangement", null),
            body.getString("justification", null));
    em.persist(s);
    em.flush();
    return Response.status(201).entity(Json.createObjectBuilder().add("id", s.id).build()).build();
  }
}
