package org.accommodationdesk.interfaces.web.intake;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.accommodationdesk.application.accounts.CurrentUser;
import org.accommodationdesk.application.reference.ReferenceChoices;
import org.accommodationdesk.application.reference.ReferenceItem;
import org.accommodationdesk.application.requests.NewRequest;
import org.accommodationdesk.application.requests.RequestFiling;
import org.accommodationdesk.application.requests.RequestQueries;
import org.accommodationdesk.application.requests.Submissions;
import org.accommodationdesk.domain.request.DomainException;
import org.accommodationdesk.interfaces.web.FacesSupport;
import org.accommodationdesk.interfaces.web.RequestForm;

/**
 * {@code /intake/new.xhtml} (HR reviewers and union reps): file a request for an employee, from a
 * paper form or a call (HR) or at the employee's request (a union rep, who records the consent).
 * The same fields as the employee's own form; the employee is asked to confirm it.
 */
@Named
@ViewScoped
public class FileForEmployeeBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final Map<String, String> FIELDS = fields();
  @Inject private ReferenceChoices choices;
  @Inject private Submissions submissions;
  @Inject private RequestQueries queries;
  @Inject private CurrentUser currentUser;
  @Inject private FacesSupport faces;

  private final RequestForm form = RequestForm.forAnEmployee();
  private String employee;
  private String consent;

  private static Map<String, String> fields() {
    Map<String, String> fields = new HashMap<>(RequestForm.FIELDS);
    fields.put("employee", "form:employee");
    fields.put("consent", "form:consent");
    fields.put("renewalOf", "form:submit");
    return Map.copyOf(fields);
  }

  @PostConstruct
  void init() {
    // by default the employee's own work location, as their account gives it
    List<ReferenceItem> locations = new ArrayList<>();
    locations.add(new ReferenceItem("", faces.text("intake.ownLocation")));
    locations.addAll(choices.locations());
    form.setLocations(locations);
    form.setWorkLocation("");
  }

  /**
   * Files it; then the request's page for HR (or the union's view of it), with what happens next.
   */
  public void submit() throws IOException {
    if (faces.askAboutPastStart(form, queries.dueDays().today(), FIELDS)) {
      return;
    }
    try {
      RequestFiling.ProxyFiled filed =
          submissions.fileFor(
              employee,
              new NewRequest(
                  form.details(),
                  form.getWorkLocation() == null || form.getWorkLocation().isBlank()
                      ? null
                      : form.getWorkLocation(),
                  null,
                  null,
                  form.urgency()),
              consent,
              FacesSupport.submissionKey());
      long id = filed.id();
      FacesContext fc = FacesContext.getCurrentInstance();
      fc.getExternalContext().getFlash().setKeepMessages(true);
      faces.info(filed.replayed() ? "new.alreadyFiled" : "intake.done", id, employee.strip());
      fc.getExternalContext().redirect(fc.getExternalContext().getRequestContextPath() + next(id));
    } catch (DomainException e) {
      faces.show(e, FIELDS, form.getVoice());
    }
  }

  /**
   * Where the filer goes next: the union's view of it, or HR's case page when they serve its
   * location (else their queue: need-to-know is the same for what they filed).
   */
  private String next(long id) {
    if (isUnion()) {
      return "/union/request.xhtml?id=" + id;
    }
    try {
      queries.get(id);
      return "/review/case.xhtml?id=" + id;
    } catch (DomainException notTheirs) {
      return "/review/home.xhtml";
    }
  }

  /** Whether the one filing is a union rep (who must record the employee's consent). */
  public boolean isUnion() {
    return !currentUser.isReviewer();
  }

  public RequestForm getForm() {
    return form;
  }

  public String getEmployee() {
    return employee;
  }

  public void setEmployee(String employee) {
    this.employee = employee;
  }

  public String getConsent() {
    return consent;
  }

  public void setConsent(String consent) {
    this.consent = consent;
  }
}
