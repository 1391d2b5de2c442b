package org.accommodationdesk.interfaces.web.employee;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.util.List;
import java.util.Map;
import org.accommodationdesk.application.requests.TransitionCommand;
import org.accommodationdesk.domain.request.Action;
import org.accommodationdesk.domain.request.DomainException;
import org.accommodationdesk.interfaces.web.CaseBacking;
import org.accommodationdesk.interfaces.web.FacesSupport;
import org.accommodationdesk.interfaces.web.HeldFiles;

/**
 * {@code /employee/request.xhtml?id=N}: the employee's own request: its timeline, the decision and
 * its reason, and what the employee may do now (answer with documents, add documents, withdraw,
 * appeal).
 */
@Named
@ViewScoped
public class EmployeeRequestBacking extends CaseBacking {
  private static final long serialVersionUID = 1L;

  private String answer;
  private String appealStatement;
  private transient List<Part> answerDocuments;
  private transient List<Part> moreDocuments;
  private transient List<Part> appealDocuments;

  /** Files chosen with a send of the answer or the appeal that had another problem. */
  private final HeldFiles answerFiles = new HeldFiles();

  private final HeldFiles appealFiles = new HeldFiles();

  public void provideInformation() {
    if (answerFiles.refusedAny()) {
      refusedFile();
      return;
    }
    try {
      setRequest(
          requestService.provideInformation(
              getId(), answer, answerFiles.uploads(), getRequest().version()));
      answer = null;
      answerFiles.clear();
      done("case.done.PROVIDE_INFO");
    } catch (DomainException e) {
      faces.show(
          e, Map.of("comment", "answerForm:answer", "document", "answerForm:answerDocuments"));
      reload();
    }
  }

  public void addDocuments() {
    try {
      documentService.attachAll(getId(), FacesSupport.uploads("documentsForm:moreDocuments"));
      done("case.done.DOCUMENT_ADDED");
    } catch (DomainException e) {
      faces.show(e, Map.of("document", "documentsForm:moreDocuments"));
      reload();
    }
  }

  public void shareWithUnion(boolean shared) {
    try {
      setRequest(requestService.shareWithUnion(getId(), shared));
      done(shared ? "case.done.UNION_ACCESS_GRANTED" : "case.done.UNION_ACCESS_REVOKED");
    } catch (DomainException e) {
      faces.show(e, Map.of());
      reload();
    }
  }

  public void withdraw() {
    act(TransitionCommand.of(Action.WITHDRAW, null), Map.of(), "case.done.WITHDRAW");
  }

  /** Appeals with the statement and any documents chosen, all or nothing. */
  public void appeal() {
    if (appealFiles.refusedAny()) {
      refusedFile();
      return;
    }
    try {
      requestService.appeal(
          getId(), appealStatement, appealFiles.uploads(), getRequest().version());
      appealStatement = null;
      appealFiles.clear();
      done("case.done.APPEAL");
    } catch (DomainException e) {
      faces.show(
          e, Map.of("comment", "appealForm:statement", "document", "appealForm:appealDocuments"));
      reload();
    }
  }

  /** A chosen file was refused (and named on its field): nothing is sent. */
  private void refusedFile() {
    FacesContext.getCurrentInstance().validationFailed();
    reload();
  }

  /** The answer's file field's validator: each chosen file checked at once and kept. */
  public void holdAnswerFiles(FacesContext context, UIComponent component, Object value) {
    answerFiles.hold(context, component, documentService, faces);
  }

  /** The appeal's file field's validator: each chosen file checked at once and kept. */
  public void holdAppealFiles(FacesContext context, UIComponent component, Object value) {
    appealFiles.hold(context, component, documentService, faces);
  }

  public HeldFiles getAnswerFiles() {
    return answerFiles;
  }

  public HeldFiles getAppealFiles() {
    return appealFiles;
  }

  /** Confirms a request someone filed for the employee: HR may then read it and act on it. */
  public void confirm() {
    act(TransitionCommand.of(Action.CONFIRM, null), Map.of(), "case.done.CONFIRM");
  }

  /** Accepts the arrangement granted with changes (the decision becomes final). */
  public void accept() {
    act(TransitionCommand.of(Action.ACCEPT, null), Map.of(), "case.done.ACCEPT");
  }

  public List<Part> getAppealDocuments() {
    return appealDocuments;
  }

  public void setAppealDocuments(List<Part> appealDocuments) {
    this.appealDocuments = appealDocuments;
  }

  /** The status, or STATUS.final when a decision can no longer be appealed. */
  public String getNextStepKey() {
    org.accommodationdesk.application.requests.RequestView r = getRequest();
    return NextStep.of(
        r.status(), r.finalDecision(), r.filedFor() != null && r.filedFor().awaitingConfirmation());
  }

  public boolean isAcceptsDocuments() {
    String status = getRequest() == null ? "" : getRequest().status();
    return List.of("SUBMITTED", "IN_REVIEW", "INFO_REQUESTED", "APPEALED").contains(status);
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }

  public String getAppealStatement() {
    return appealStatement;
  }

  public void setAppealStatement(String appealStatement) {
    this.appealStatement = appealStatement;
  }

  public List<Part> getAnswerDocuments() {
    return answerDocuments;
  }

  public void setAnswerDocuments(List<Part> answerDocuments) {
    this.answerDocuments = answerDocuments;
  }

  public List<Part> getMoreDocuments() {
    return moreDocuments;
  }

  public void setMoreDocuments(List<Part> moreDocuments) {
    this.moreDocuments = moreDocuments;
  }
}
