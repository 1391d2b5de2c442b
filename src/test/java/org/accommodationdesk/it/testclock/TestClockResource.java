package org.accommodationdesk.it.testclock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.accommodationdesk.domain.account.Role;

/** {@code /api/test-clock} of a test deployment: read and set the time (administrators). */
@Path("test-clock")
@Stateless
@RolesAllowed(Role.ADMIN)
public class TestClockResource {
  /** The deployment's time now. */
  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public String now() {
    return ShiftedClock.now().toString();
  }

  /**
   * Sets the deployment's time, as 2027-01-04T13:00:00Z; it runs on from there, {@code rate} times
   * as fast as real time (default 1).
   */
  @PUT
  @Consumes(MediaType.TEXT_PLAIN)
  @Produces(MediaType.TEXT_PLAIN)
  public String set(String instant, @jakarta.ws.rs.QueryParam("rate") Double rate) {
    ShiftedClock.set(Instant.parse(instant.strip()), rate == null ? 1.0 : rate);
    String now = now();
    // a line tests wait for: the server's log is written in order, so what came before is there
    java.util.logging.Logger.getLogger(TestClockResource.class.getName())
        .info("Test clock set to " + instant.strip());
    return now;
  }
}
