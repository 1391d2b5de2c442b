package org.accommodationdesk.interfaces.web.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.accommodationdesk.application.TransitionCommand;
import org.accommodationdesk.domain.request.Action;
import org.accommodationdesk.domain.request.ArrangementType;
import org.accommodationdesk.interfaces.web.CaseBacking;

/**
 * {@code /review/case.xhtml?id=N}: a reviewer's view of one case, with the actions the workflow
 * allows this reviewer now. A reviewer never gets actions on their own request.
 */
@Named
@ViewScoped
public class ReviewCaseBacking extends CaseBacking {
  private static final long serialVersionUID = 1L;

  private String question;
  private String approvalComment;
  private ArrangementType grantedArrangement = ArrangementType.PARTIAL_REMOTE;
  private Integer grantedDays;
  private String grantedDescription;
  private String changesComment;
  private String denialReason;
  private String denialExplanation;
  private List<String> reasons;

  public void startReview() {
    act(TransitionCommand.of(Action.START_REVIEW, null), Map.of(), "case.done.START_REVIEW");
  }

  public void requestInformation() {
    if (act(
        TransitionCommand.of(Action.REQUEST_INFO, question),
        Map.of("comment", "infoForm:question"),
        "case.done.REQUEST_INFO")) {
      question = null;
    }
  }

  public void approve() {
    act(
        TransitionCommand.of(Action.APPROVE, approvalComment),
        Map.of("comment", "approveForm:approvalComment"),
        "case.done.APPROVE");
  }

  public void approveWithChanges() {
    act(
        new TransitionCommand(
            Action.APPROVE_WITH_CHANGES,
            null,
            changesComment,
            grantedArrangement,
            grantedDays,
            grantedDescription),
        Map.of(
            "arrangement", "changesForm:grantedArrangement",
            "remoteDaysPerWeek", "changesForm:grantedDays",
            "arrangementDescription", "changesForm:grantedDescription",
            "comment", "changesForm:changesComment"),
        "case.done.APPROVE_WITH_CHANGES");
  }

  public void deny() {
    act(
        new TransitionCommand(Action.DENY, denialReason, denialExplanation, null, null, null),
        Map.of("reasonCode", "denyForm:reason", "comment", "denyForm:explanation"),
        "case.done.DENY");
  }

  public List<String> getReasons() {
    if (reasons == null) {
      reasons = requestService.denialReasons();
    }
    return reasons;
  }

  public ArrangementType[] getArrangements() {
    return ArrangementType.values();
  }

  public String getQuestion() {
    return question;
  }

  public void setQuestion(String question) {
    this.question = question;
  }

  public String getApprovalComment() {
    return approvalComment;
  }

  public void setApprovalComment(String approvalComment) {
    this.approvalComment = approvalComment;
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

  public String getChangesComment() {
    return changesComment;
  }

  public void setChangesComment(String changesComment) {
    this.changesComment = changesComment;
  }

  public String getDenialReason() {
    return denialReason;
  }

  public void setDenialReason(String denialReason) {
    this.denialReason = denialReason;
  }

  public String getDenialExplanation() {
    return denialExplanation;
  }

  public void setDenialExplanation(String denialExplanation) {
    this.denialExplanation = denialExplanation;
  }
}
