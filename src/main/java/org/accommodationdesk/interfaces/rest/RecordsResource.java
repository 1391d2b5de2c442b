package org.accommodationdesk.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.accommodationdesk.application.ledger.Checkpoint;
import org.accommodationdesk.application.ledger.LedgerService;
import org.accommodationdesk.application.ledger.Verification;
import org.accommodationdesk.application.records.LegalHoldService;
import org.accommodationdesk.application.records.LegalHoldService.HoldView;
import org.accommodationdesk.application.records.RetentionService;
import org.accommodationdesk.domain.records.HoldScope;
import org.accommodationdesk.domain.records.RetentionSchedule;
import org.accommodationdesk.domain.request.FieldErrors;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The records' lifecycle (issue 24), each operation allowed by its service: the retention schedule
 * (administrators change it; HR leads read it), the dry run and the purge (administrators), legal
 * holds (HR leads and administrators), the ledger's checkpoints and its verification
 * (administrators).
 */
@Path("records")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RecordsResource {
  @Inject private RetentionService retention;
  @Inject private LegalHoldService holds;
  @Inject private LedgerService ledger;

  /** The retention schedule as the API gives it. */
  public record ScheduleJson(int medicalMonths, String rule, int minimumMonths, int maximumMonths) {
    static ScheduleJson of(RetentionSchedule s) {
      return new ScheduleJson(
          s.medicalMonths(),
          s.medicalRule(),
          RetentionSchedule.MIN_MEDICAL_MONTHS,
          RetentionSchedule.MAX_MEDICAL_MONTHS);
    }
  }

  /** A change of the schedule. */
  public static class ScheduleChangeJson {
    /** Months the medical content is kept after a request's final disposition. */
    public Integer medicalMonths;
  }

  /** A legal hold to place. */
  public static class HoldJson {
    /** REQUEST, EMPLOYEE or LOCATION. */
    @Schema(implementation = HoldScope.class)
    public String scope;

    /** The request's number, the employee's user name or the location's code. */
    public String target;

    /** Why the records must be kept, up to 500 characters. */
    public String reason;

    /** The charge, grievance or case number, up to 100 characters. */
    public String reference;
  }

  /** Checkpoints to verify against, as copied off the machine (their {@code text}). */
  public static class VerifyJson {
    public List<String> checkpoints;
  }

  @GET
  @Path("retention")
  @APIResponse(
      responseCode = "200",
      description = "The schedule in force.",
      content = @Content(schema = @Schema(implementation = ScheduleJson.class)))
  public ScheduleJson schedule() {
    return ScheduleJson.of(retention.schedule());
  }

  @PUT
  @Path("retention")
  @APIResponse(
      responseCode = "200",
      description = "Changed for every node at once (in the audit log); the schedule in force.",
      content = @Content(schema = @Schema(implementation = ScheduleJson.class)))
  public ScheduleJson changeSchedule(
      @NotNull(message = "a JSON body is required") ScheduleChangeJson body) {
    return ScheduleJson.of(retention.change(body.medicalMonths));
  }

  @GET
  @Path("retention/eligible")
  @APIResponse(
      responseCode = "200",
      description =
          "The dry run: every request past its retention today, the rule that makes it eligible"
              + " and the holds that keep it (nothing changes).",
      content =
          @Content(
              schema =
                  @Schema(
                      type = SchemaType.ARRAY,
                      implementation = RetentionService.Eligible.class)))
  public List<RetentionService.Eligible> eligible() {
    return retention.dryRun();
  }

  @POST
  @Path("retention/purge")
  @APIResponse(
      responseCode = "200",
      description =
          "Purged now what the daily work would purge today: the requests purged, held, and refused (their history does not verify).",
      content = @Content(schema = @Schema(implementation = RetentionService.PurgeRun.class)))
  public RetentionService.PurgeRun purge() {
    return retention.purgeNow();
  }

  @GET
  @Path("holds")
  @APIResponse(
      responseCode = "200",
      description =
          "Legal holds, newest first: in force only, or the latest 200 with those released.",
      content =
          @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = HoldView.class)))
  public List<HoldView> holds(
      @QueryParam("all") @Parameter(description = "true: released ones too") String all) {
    return "true".equals(all) ? holds.recent(200) : holds.inForce();
  }

  @POST
  @Path("holds")
  @APIResponse(
      responseCode = "201",
      description = "Placed (in the audit log).",
      content = @Content(schema = @Schema(implementation = HoldView.class)))
  public Response place(@NotNull(message = "a JSON body is required") HoldJson body) {
    // an unknown scope is named by the service, after the caller's role is checked
    HoldScope scope =
        java.util.Arrays.stream(HoldScope.values())
            .filter(s -> body.scope != null && s.name().equals(body.scope.strip()))
            .findFirst()
            .orElse(null);
    HoldView placed = holds.place(scope, body.target, body.reason, body.reference);
    return Response.created(URI.create("records/holds/" + placed.id()))
        .entity(placed)
        .tag(String.valueOf(placed.version()))
        .build();
  }

  @POST
  @Path("holds/{id}/release")
  @APIResponse(
      responseCode = "200",
      description = "Released (in the audit log).",
      content = @Content(schema = @Schema(implementation = HoldView.class)))
  public HoldView release(
      @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          long id,
      @HeaderParam("If-Match")
          @Parameter(description = "the hold's version the client acted on", required = true)
          String ifMatch) {
    FieldErrors errors = new FieldErrors();
    Long expected = Params.version(ifMatch, errors);
    return holds.release(id, errors.isEmpty() ? expected : null);
  }

  @GET
  @Path("ledger/checkpoints")
  @APIResponse(
      responseCode = "200",
      description =
          "The latest checkpoints, newest first (each with the line to copy off the machine).",
      content =
          @Content(
              schema = @Schema(type = SchemaType.ARRAY, implementation = CheckpointJson.class)))
  public List<CheckpointJson> checkpoints() {
    return ledger.recent(30).stream().map(CheckpointJson::of).toList();
  }

  @POST
  @Path("ledger/checkpoints")
  @APIResponse(
      responseCode = "200",
      description =
          "Chains what is pending and writes a checkpoint now (unless nothing is new); the latest checkpoint.",
      content = @Content(schema = @Schema(implementation = CheckpointJson.class)))
  public Response checkpointNow() {
    return ledger
        .checkpointNow()
        .map(c -> Response.ok(CheckpointJson.of(c)).build())
        .orElse(Response.noContent().build());
  }

  @POST
  @Path("ledger/verify")
  @APIResponse(
      responseCode = "200",
      description =
          "Replays the history and the audit log against their seals, the chain and every"
              + " checkpoint (stored and given); names the first entry that does not match.",
      content = @Content(schema = @Schema(implementation = VerificationJson.class)))
  public VerificationJson verify(VerifyJson body) {
    return VerificationJson.of(
        ledger.verify(body == null || body.checkpoints == null ? List.of() : body.checkpoints));
  }

  /** A verification as the API gives it: intact or not, and the problems, first the earliest. */
  public record VerificationJson(
      boolean intact,
      java.time.Instant at,
      long size,
      long unchained,
      int checkpoints,
      long problemCount,
      long millis,
      ProblemJson first,
      List<ProblemJson> problems) {
    static VerificationJson of(Verification v) {
      List<ProblemJson> problems = v.problems().stream().map(ProblemJson::of).toList();
      return new VerificationJson(
          v.intact(),
          v.at(),
          v.size(),
          v.unchained(),
          v.checkpoints(),
          v.problemCount(),
          v.millis(),
          problems.isEmpty() ? null : problems.get(0),
          problems);
    }
  }

  /** One problem: what, where, which entry, and a description in English. */
  public record ProblemJson(
      Verification.Kind kind,
      Long position,
      String source,
      Long entryId,
      Long requestId,
      Integer sequenceNumber,
      Long checkpointSize,
      String description) {
    static ProblemJson of(Verification.Problem p) {
      return new ProblemJson(
          p.kind(),
          p.position(),
          p.source() == null ? null : p.source().name(),
          p.entryId(),
          p.requestId(),
          p.sequenceNumber(),
          p.checkpointSize(),
          p.describe());
    }
  }

  /** A checkpoint as the API gives it. */
  public record CheckpointJson(
      long size,
      String root,
      java.time.Instant issuedAt,
      String keyId,
      String signature,
      String text) {
    static CheckpointJson of(Checkpoint c) {
      return new CheckpointJson(
          c.size(), c.root(), c.issuedAt(), c.keyId(), c.signature(), c.text());
    }
  }
}
