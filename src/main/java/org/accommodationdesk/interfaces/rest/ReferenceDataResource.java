package org.accommodationdesk.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.accommodationdesk.application.reference.CalendarAdministration;
import org.accommodationdesk.application.reference.CalendarAdministration.HolidayView;
import org.accommodationdesk.application.reference.ReferenceDataAdministration;
import org.accommodationdesk.application.reference.ReferenceDataAdministration.DenialReasonView;
import org.accommodationdesk.application.reference.ReferenceDataAdministration.JobClassView;
import org.accommodationdesk.application.reference.ReferenceDataAdministration.LocationView;
import org.accommodationdesk.application.reference.ReferenceDataAdministration.ReasonView;
import org.accommodationdesk.application.reference.SettingsAdministration;
import org.accommodationdesk.domain.reference.ReasonList;
import org.accommodationdesk.domain.request.FieldErrors;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Reference data, for the ADMIN role only: work locations (and the reviewers who serve each), job
 * classes and denial reasons (English and Spanish names) and run-time settings. Codes never change;
 * names do.
 */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReferenceDataResource {
  @Inject private ReferenceDataAdministration administration;
  @Inject private CalendarAdministration calendar;
  @Inject private SettingsAdministration settings;
  @Context private UriInfo uriInfo;

  @GET
  @Path("locations")
  @APIResponse(
      responseCode = "200",
      description = "Every work location, by name, with its reviewers.",
      content = @Content(schema = @Schema(implementation = LocationView[].class)))
  public List<LocationView> listLocations() {
    return administration.locations();
  }

  @POST
  @Path("locations")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names it, ETag is its version.",
      content = @Content(schema = @Schema(implementation = LocationView.class)))
  public Response createLocation(
      @Valid @NotNull(message = "a JSON body is required") ReferenceJson body) {
    refuse(body.nameEs, "nameEs", "is for job classes and denial reasons only");
    refuse(body.active, "active", "is for denial reasons only");
    LocationView created = administration.addLocation(body.code, body.name, set(body.reviewers));
    return created(created.code(), created.version(), created);
  }

  /** Renames a location or names its reviewers; with If-Match, a change meanwhile answers 412. */
  @PATCH
  @Path("locations/{code}")
  @APIResponse(
      responseCode = "200",
      description = "Changed; the location as it is now, ETag its new version.",
      content = @Content(schema = @Schema(implementation = LocationView.class)))
  public Response changeLocation(
      @PathParam("code") String code,
      @HeaderParam("If-Match") @Parameter(description = "the ETag (version) the client acted on")
          String ifMatch,
      @Valid @NotNull(message = "a JSON body is required") ReferenceJson body) {
    Long expected = checkedChange(ifMatch, code, body);
    refuse(body.nameEs, "nameEs", "is for job classes and denial reasons only");
    refuse(body.active, "active", "is for denial reasons only");
    LocationView view =
        administration.changeLocation(code, body.name, set(body.reviewers), expected);
    return changed(view.version(), view);
  }

  @GET
  @Path("job-classes")
  @APIResponse(
      responseCode = "200",
      description = "Every job class, by English name.",
      content = @Content(schema = @Schema(implementation = JobClassView[].class)))
  public List<JobClassView> listJobClasses() {
    return administration.jobClasses();
  }

  @POST
  @Path("job-classes")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names it, ETag is its version.",
      content = @Content(schema = @Schema(implementation = JobClassView.class)))
  public Response createJobClass(
      @Valid @NotNull(message = "a JSON body is required") ReferenceJson body) {
    refuse(body.reviewers, "reviewers", "are for locations only");
    refuse(body.active, "active", "is for denial reasons only");
    JobClassView created = administration.addJobClass(body.code, body.name, body.nameEs);
    return created(created.code(), created.version(), created);
  }

  @PATCH
  @Path("job-classes/{code}")
  @APIResponse(
      responseCode = "200",
      description = "Changed; the job class as it is now, ETag its new version.",
      content = @Content(schema = @Schema(implementation = JobClassView.class)))
  public Response changeJobClass(
      @PathParam("code") String code,
      @HeaderParam("If-Match") @Parameter(description = "the ETag (version) the client acted on")
          String ifMatch,
      @Valid @NotNull(message = "a JSON body is required") ReferenceJson body) {
    Long expected = checkedChange(ifMatch, code, body);
    refuse(body.reviewers, "reviewers", "are for locations only");
    refuse(body.active, "active", "is for denial reasons only");
    JobClassView view = administration.changeJobClass(code, body.name, body.nameEs, expected);
    return changed(view.version(), view);
  }

  @GET
  @Path("denial-reasons")
  @APIResponse(
      responseCode = "200",
      description = "Every denial reason, in use or retired, in the reviewers' order.",
      content = @Content(schema = @Schema(implementation = DenialReasonView[].class)))
  public List<DenialReasonView> listDenialReasons() {
    return administration.denialReasons();
  }

  @POST
  @Path("denial-reasons")
  @APIResponse(
      responseCode = "201",
      description = "Created, in use; Location names it, ETag is its version.",
      content = @Content(schema = @Schema(implementation = DenialReasonView.class)))
  public Response createDenialReason(
      @Valid @NotNull(message = "a JSON body is required") ReferenceJson body) {
    refuse(body.reviewers, "reviewers", "are for locations only");
    refuse(body.active, "active", "is set by a change, not at creation");
    DenialReasonView created = administration.addDenialReason(body.code, body.name, body.nameEs);
    return created(created.code(), created.version(), created);
  }

  /** Renames a denial reason, retires it ({"active": false}) or brings it back. */
  @PATCH
  @Path("denial-reasons/{code}")
  @APIResponse(
      responseCode = "200",
      description = "Changed; the denial reason as it is now, ETag its new version.",
      content = @Content(schema = @Schema(implementation = DenialReasonView.class)))
  public Response changeDenialReason(
      @PathParam("code") String code,
      @HeaderParam("If-Match") @Parameter(description = "the ETag (version) the client acted on")
          String ifMatch,
      @Valid @NotNull(message = "a JSON body is required") ReferenceJson body) {
    Long expected = checkedChange(ifMatch, code, body);
    refuse(body.reviewers, "reviewers", "are for locations only");
    DenialReasonView view =
        administration.changeDenialReason(code, body.name, body.nameEs, body.active, expected);
    return changed(view.version(), view);
  }

  @GET
  @Path("reason-lists/{list}")
  @APIResponse(
      responseCode = "200",
      description =
          "Every reason of a list (delay: why a decision is late), in use or retired, in order.",
      content = @Content(schema = @Schema(implementation = ReasonView[].class)))
  public List<ReasonView> listReasons(
      @PathParam("list") @Parameter(description = "the list: delay") String list) {
    return administration.reasons(list(list));
  }

  @POST
  @Path("reason-lists/{list}")
  @APIResponse(
      responseCode = "201",
      description = "Created, in use; Location names it, ETag is its version.",
      content = @Content(schema = @Schema(implementation = ReasonView.class)))
  public Response createReason(
      @PathParam("list") String list,
      @Valid @NotNull(message = "a JSON body is required") ReferenceJson body) {
    refuse(body.reviewers, "reviewers", "are for locations only");
    refuse(body.active, "active", "is set by a change, not at creation");
    ReasonView created =
        administration.addReason(list(list), body.code, body.name, body.nameEs, body.acceptable);
    return created(created.code(), created.version(), created);
  }

  /** Renames a reason, retires it ({"active": false}) or changes whether it is acceptable. */
  @PATCH
  @Path("reason-lists/{list}/{code}")
  @APIResponse(
      responseCode = "200",
      description = "Changed; the reason as it is now, ETag its new version.",
      content = @Content(schema = @Schema(implementation = ReasonView.class)))
  public Response changeReason(
      @PathParam("list") String list,
      @PathParam("code") String code,
      @HeaderParam("If-Match") @Parameter(description = "the ETag (version) the client acted on")
          String ifMatch,
      @Valid @NotNull(message = "a JSON body is required") ReferenceJson body) {
    ReasonList reasons = list(list);
    Long expected = checkedChange(ifMatch, code, body);
    refuse(body.reviewers, "reviewers", "are for locations only");
    ReasonView view =
        administration.changeReason(
            reasons, code, body.name, body.nameEs, body.active, body.acceptable, expected);
    return changed(view.version(), view);
  }

  /** The list an address names; none: 404, as for any address that names nothing. */
  private static ReasonList list(String name) {
    return ReasonList.ofPathName(name)
        .orElseThrow(
            () ->
                new org.accommodationdesk.domain.reference.ReferenceNotFoundException(
                    "reason list", name));
  }

  @GET
  @Path("holidays")
  @APIResponse(
      responseCode = "200",
      description = "The holidays of the business calendar, by day.",
      content = @Content(schema = @Schema(implementation = HolidayView[].class)))
  public List<HolidayView> listHolidays() {
    return calendar.holidays();
  }

  /** Adds a holiday; the deadlines of open requests move with it. */
  @POST
  @Path("holidays")
  @APIResponse(
      responseCode = "201",
      description = "Added; Location names it.",
      content = @Content(schema = @Schema(implementation = HolidayView.class)))
  public Response addHoliday(
      @Valid @NotNull(message = "a JSON body is required") HolidayJson body) {
    HolidayView added = calendar.addHoliday(body.day, body.name, body.nameEs);
    return created(added.day().toString(), added.version(), added);
  }

  /** Removes a holiday: a business day again. */
  @DELETE
  @Path("holidays/{day}")
  @APIResponse(responseCode = "204", description = "Removed.")
  public Response removeHoliday(
      @PathParam("day") @Parameter(description = "as 2026-12-24") String day) {
    calendar.removeHoliday(day);
    return Response.noContent().build();
  }

  /** Runs the daily work now: reminders (each sent once) and the overdue digest for HR leads. */
  @POST
  @Path("daily-work")
  @APIResponse(
      responseCode = "200",
      description = "What the run did: reminders written and requests overdue.",
      content =
          @Content(
              schema =
                  @Schema(
                      implementation =
                          org.accommodationdesk.application.deadlines.DailyWork.Outcome.class)))
  public org.accommodationdesk.application.deadlines.DailyWork.Outcome runDailyWork() {
    return settings.runDailyWork();
  }

  @GET
  @Path("settings")
  @APIResponse(
      responseCode = "200",
      description = "The settings in force.",
      content = @Content(schema = @Schema(implementation = SettingsJson.class)))
  public SettingsJson settings() {
    return new SettingsJson(settings.minimumCellSize());
  }

  @PATCH
  @Path("settings")
  @APIResponse(
      responseCode = "200",
      description = "Changed, for every node at once; the settings in force.",
      content = @Content(schema = @Schema(implementation = SettingsJson.class)))
  public SettingsJson changeSettings(
      @Valid @NotNull(message = "a JSON body is required") SettingsJson body) {
    return new SettingsJson(settings.changeMinimumCellSize(body.minimumCellSize));
  }

  /** 201 naming the new item (Location) with its version (ETag). */
  private Response created(String code, long version, Object item) {
    return Response.created(uriInfo.getAbsolutePathBuilder().path(code).build())
        .tag(new EntityTag(String.valueOf(version)))
        .entity(item)
        .build();
  }

  /** 200 with the item as it is now and its new version (ETag). */
  private static Response changed(long version, Object item) {
    return Response.ok(item).tag(new EntityTag(String.valueOf(version))).build();
  }

  /** The If-Match version; a code in the body must be the one in the address. */
  private static Long checkedChange(String ifMatch, String code, ReferenceJson body) {
    FieldErrors errors = new FieldErrors();
    Long expected = Params.version(ifMatch, errors);
    if (body.code != null && !body.code.equals(code)) {
      errors.add("code", "cannot be changed");
    }
    errors.throwIfAny();
    return expected;
  }

  private static void refuse(Object value, String field, String message) {
    FieldErrors errors = new FieldErrors();
    errors.require(value == null, field, message);
    errors.throwIfAny();
  }

  private static Set<String> set(List<String> values) {
    return values == null ? null : new LinkedHashSet<>(values);
  }
}
