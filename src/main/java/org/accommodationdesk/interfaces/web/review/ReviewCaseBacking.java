package org.accommodationdesk.interfaces.web.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.accommodationdesk.application.notices.CaseFileService;
import org.accommodationdesk.application.requests.TransitionCommand;
import org.accommodationdesk.domain.reference.ReasonList;
import org.accommodationdesk.domain.request.Action;
import org.accommodationdesk.domain.request.ArrangementType;
import org.accommodationdesk.domain.request.DomainException;
import org.accommodationdesk.interfaces.web.CaseBacking;

/**
 * {@code /review/case.xhtml?id=N}: a reviewer's view of one case, the case first, then one panel
 * for the next step. The reviewer picks what to do (ask, approve, approve with changes, deny) and
 * sees only the fields that step needs; a decision is restated for confirmation once the request
 * has accepted it in a trial ({@code RequestService.check}), and taken only when confirmed. A
 * reviewer never gets actions on their own request.
 */
@Named
@ViewScoped
public class ReviewCaseBacking extends CaseBacking {
  private static final long serialVersionUID = 1L;

  /** The steps of the decision panel, in the order offered. */
  private static final List<Action> STEPS =
      List.of(Action.REQUEST_INFO, Action.APPROVE, Action.APPROVE_WITH_CHANGES, Action.DENY);

  /** Where the request's reasons for refusing a field land on this page. */
  private static final Map<String, String> FIELDS =
      Map.of(
          "comment", "decideForm:comment",
          "reasonCode", "decideForm:reason",
          "arrangement", "decideForm:grantedArrangement",
          "remoteDaysPerWeek", "decideForm:grantedDays",
          "arrangementDescription", "decideForm:grantedDescription",
          "action", "decideForm:step");

  private Action step;
  private boolean confirming;
  private String comment;
  private ArrangementType grantedArrangement = ArrangementType.PARTIAL_REMOTE;
  private Integer grantedDays;
  private String grantedDescription;
  private String denialReason;
  private List<String> reasons;
  private java.time.LocalDate expediteBy;
  private String delayReason;
  private java.time.LocalDate expectedBy;
  private String delayNote;
  private List<String> delayReasons;
  private ArrangementType interimType = ArrangementType.FULL_REMOTE;
  private Integer interimDays;
  private String interimDescription;
  private java.time.LocalDate interimFrom;
  private java.time.LocalDate interimUntil;
  private String exportReason;
  @jakarta.inject.Inject private CaseFileService caseFiles;

  @jakarta.inject.Inject
  private org.accommodationdesk.application.reference.ReferenceChoices choices;

  public void startReview() {
    act(TransitionCommand.of(Action.START_REVIEW, null), Map.of(), "case.done.START_REVIEW");
  }

  /** "Expedite this request": to be decided by the date given (the employee's, unless changed). */
  public void expedite() {
    act(
        TransitionCommand.expedite(expediteBy),
        Map.of("neededBy", "expediteForm:expediteBy"),
        "case.done.EXPEDITE");
  }

  /** "Record why the decision is late": a delay reason, the day it is expected, a note. */
  public void recordDelay() {
    act(
        TransitionCommand.delay(delayReason, expectedBy, delayNote),
        Map.of(
            "reasonCode", "delayForm:delayReason",
            "expectedBy", "delayForm:expectedBy",
            "comment", "delayForm:delayNote"),
        "case.done.RECORD_DELAY");
  }

  /** "Grant a temporary arrangement" while the request waits. */
  public void grantInterim() {
    act(
        TransitionCommand.interim(
            interimType,
            interimType == ArrangementType.PARTIAL_REMOTE ? interimDays : null,
            interimType == ArrangementType.OTHER ? interimDescription : null,
            interimFrom,
            interimUntil),
        Map.of(
            "arrangement", "interimForm:interimType",
            "remoteDaysPerWeek", "interimForm:interimDays",
            "arrangementDescription", "interimForm:interimDescription",
            "from", "interimForm:interimFrom",
            "until", "interimForm:interimUntil"),
        "case.done.GRANT_INTERIM");
  }

  /** The delay reasons HR may choose, by code. */
  public List<String> getDelayReasons() {
    if (delayReasons == null) {
      delayReasons = choices.reasons(ReasonList.DELAY);
    }
    return delayReasons;
  }

  public String getDelayReason() {
    return delayReason;
  }

  public void setDelayReason(String delayReason) {
    this.delayReason = delayReason;
  }

  public java.time.LocalDate getExpectedBy() {
    return expectedBy;
  }

  public void setExpectedBy(java.time.LocalDate expectedBy) {
    this.expectedBy = expectedBy;
  }

  public String getDelayNote() {
    return delayNote;
  }

  public void setDelayNote(String delayNote) {
    this.delayNote = delayNote;
  }

  public ArrangementType getInterimType() {
    return interimType;
  }

  public void setInterimType(ArrangementType interimType) {
    this.interimType = interimType;
  }

  public Integer getInterimDays() {
    return interimDays;
  }

  public void setInterimDays(Integer interimDays) {
    this.interimDays = interimDays;
  }

  public String getInterimDescription() {
    return interimDescription;
  }

  public void setInterimDescription(String interimDescription) {
    this.interimDescription = interimDescription;
  }

  public java.time.LocalDate getInterimFrom() {
    return interimFrom;
  }

  public void setInterimFrom(java.time.LocalDate interimFrom) {
    this.interimFrom = interimFrom;
  }

  public java.time.LocalDate getInterimUntil() {
    return interimUntil;
  }

  public void setInterimUntil(java.time.LocalDate interimUntil) {
    this.interimUntil = interimUntil;
  }

  /**
   * "Export the case file": the ZIP as a download; the reason is required (said next to the field,
   * nothing recorded, when missing). Not for one's own request (the page offers it to nobody then).
   */
  public void exportCaseFile() {
    CaseFileService.CaseFileZip file;
    try {
      file = caseFiles.export(getId(), exportReason);
    } catch (DomainException e) {
      faces.show(e, Map.of("reason", "exportForm:exportReason"));
      reload();
      return;
    }
    jakarta.faces.context.FacesContext fc = jakarta.faces.context.FacesContext.getCurrentInstance();
    jakarta.faces.context.ExternalContext ec = fc.getExternalContext();
    ec.responseReset();
    ec.setResponseContentType("application/zip");
    ec.setResponseContentLength(file.content().length);
    ec.setResponseHeader("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
    ec.setResponseHeader("Cache-Control", "private, no-store");
    try {
      ec.getResponseOutputStream().write(file.content());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    fc.responseComplete();
  }

  /**
   * Whether the case file may be exported from this page: HR, not the reader's own, and not a
   * filing its employee has yet to confirm (nothing of it may be read before).
   */
  public boolean isExportable() {
    return getRequest() != null
        && (getRequest().filedFor() == null || getRequest().filedFor().confirmedAt() != null)
        && !getRequest()
            .requester()
            .equals(
                jakarta.faces.context.FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .getRemoteUser());
  }

  public String getExportReason() {
    return exportReason;
  }

  public void setExportReason(String exportReason) {
    this.exportReason = exportReason;
  }

  /** The date the expedite form starts with: the one the request has, if any. */
  public java.time.LocalDate getExpediteBy() {
    return expediteBy != null || getRequest() == null ? expediteBy : getRequest().neededBy();
  }

  public void setExpediteBy(java.time.LocalDate expediteBy) {
    this.expediteBy = expediteBy;
  }

  /** The steps this reviewer may take now, for the panel's choice. */
  public List<Action> getSteps() {
    return STEPS.stream().filter(a -> can(a.name())).toList();
  }

  /**
   * "Continue": a question is sent at once; a decision is tried and, when the request accepts it,
   * restated for confirmation.
   */
  public void proceed() {
    if (step == null) {
      faces.error("decideForm:step", faces.text("case.step.required"));
      return;
    }
    if (step == Action.REQUEST_INFO) {
      act(command(), FIELDS, "case.done.REQUEST_INFO");
      return;
    }
    try {
      requestService.check(getId(), command(), getRequest().version());
      confirming = true;
    } catch (DomainException e) {
      faces.show(e, FIELDS);
      reload();
    }
  }

  /** "Confirm": takes the decision as restated. */
  public void confirm() {
    if (step == null || !confirming) {
      return;
    }
    if (!act(command(), FIELDS, "case.done." + step.name())) {
      confirming = false;
    }
  }

  /** "Change the decision": back to the panel with what was entered. */
  public void change() {
    confirming = false;
  }

  /** Another step chosen: start its confirmation afresh. */
  public void stepChanged() {
    confirming = false;
  }

  private TransitionCommand command() {
    return switch (step) {
      case APPROVE_WITH_CHANGES ->
          new TransitionCommand(
              step,
              null,
              comment,
              grantedArrangement,
              grantedArrangement == ArrangementType.PARTIAL_REMOTE ? grantedDays : null,
              grantedArrangement == ArrangementType.OTHER ? grantedDescription : null);
      case DENY -> new TransitionCommand(step, denialReason, comment, null, null, null);
      default -> TransitionCommand.of(step, comment);
    };
  }

  /** The label of the one text field, which says what the chosen step needs it for. */
  public String getCommentLabel() {
    if (step == Action.REQUEST_INFO) {
      return faces.text("case.question.label");
    }
    return faces.text(step == Action.DENY ? "case.explanation.label" : "case.comment.optional");
  }

  public boolean isCommentRequired() {
    return step == Action.REQUEST_INFO || step == Action.DENY;
  }

  public List<String> getReasons() {
    if (reasons == null) {
      reasons = choices.denialReasons();
    }
    return reasons;
  }

  public ArrangementType[] getArrangements() {
    return ArrangementType.values();
  }

  public Action getStep() {
    return step;
  }

  public void setStep(Action step) {
    this.step = step;
  }

  public boolean isConfirming() {
    return confirming;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public ArrangementType getGrantedArrangement() {
    return grantedArrangement;
  }

  public void setGrantedArrangement(ArrangementType grantedArrangement) {
    this.grantedArrangement = grantedArrangement;
  }

  public Integer getGrantedDays() {
    return grantedDays;
  }

  public void setGrantedDays(Integer grantedDays) {
    this.grantedDays = grantedDays;
  }

  public String getGrantedDescription() {
    return grantedDescription;
  }

  public void setGrantedDescription(String grantedDescription) {
    this.grantedDescription = grantedDescription;
  }

  public String getDenialReason() {
    return denialReason;
  }

  public void setDenialReason(String denialReason) {
    this.denialReason = denialReason;
  }
}
