package org.accommodationdesk.interfaces.web.employee;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.accommodationdesk.application.accounts.AccountService;
import org.accommodationdesk.application.reference.ReferenceChoices;
import org.accommodationdesk.application.requests.DocumentService;
import org.accommodationdesk.application.requests.NewRequest;
import org.accommodationdesk.application.requests.RequestQueries;
import org.accommodationdesk.application.requests.RequestView;
import org.accommodationdesk.application.requests.Submissions;
import org.accommodationdesk.domain.request.ArrangementType;
import org.accommodationdesk.domain.request.Category;
import org.accommodationdesk.domain.request.DomainException;
import org.accommodationdesk.domain.request.FieldError;
import org.accommodationdesk.domain.request.InvalidInputException;
import org.accommodationdesk.domain.request.Relationship;
import org.accommodationdesk.domain.request.RequestDetails;
import org.accommodationdesk.interfaces.web.FacesSupport;
import org.accommodationdesk.interfaces.web.HeldFiles;
import org.accommodationdesk.interfaces.web.RequestForm;

/**
 * {@code /employee/new.xhtml}: the form to file a request. It adapts to the category (limitations
 * in the employee's own words, or relationship and attestation) and the arrangement; everything
 * typed stays on a validation error.
 */
@Named
@ViewScoped
public class NewRequestBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  @Inject private ReferenceChoices choices;
  @Inject private RequestQueries queries;
  @Inject private Submissions submissions;
  @Inject private AccountService accountService;
  @Inject private DocumentService documentService;
  @Inject private FacesSupport faces;

  /** The request as typed. */
  private final RequestForm form = new RequestForm();

  /** From {@code ?renew=}: the approval to renew, whose details fill the form (as typed). */
  private String renew;

  /** The approval this request renews, once the form was filled from it. */
  private Long renewalOf;

  private transient List<Part> documents;

  /** Where each field's problem is shown. */
  private static final Map<String, String> FIELDS = fields();

  private static Map<String, String> fields() {
    Map<String, String> fields = new java.util.HashMap<>(RequestForm.FIELDS);
    fields.put("renewalOf", "form:submit");
    fields.put("document", "form:documents");
    return Map.copyOf(fields);
  }

  /** Files chosen with an earlier send of this form that had another problem. */
  private final HeldFiles held = new HeldFiles();

  @PostConstruct
  void init() {
    form.setLocations(choices.locations());
    form.setWorkLocation(
        accountService.currentProfile().map(p -> p.workLocationCode()).orElse(null));
  }

  /**
   * The page's view action: with {@code ?renew=}, the form starts as the approval to renew (the
   * arrangement granted, from the day after it ends); the attestation is asked again.
   */
  public void prefill() {
    FacesContext fc = FacesContext.getCurrentInstance();
    if (fc.isPostback() || renew == null || renew.isBlank()) {
      return;
    }
    if (!renew.strip().matches("\\d{1,18}")) {
      fc.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, faces.text("renewal.unknown", renew.strip()), null));
      return;
    }
    RequestView original;
    try {
      original = queries.get(Long.parseLong(renew.strip()));
    } catch (DomainException e) {
      faces.show(e, Map.of());
      return;
    }
    if (!original.renewable()) {
      fc.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              faces.text("renewal.notRenewable", original.id()),
              null));
      return;
    }
    RequestView.DecisionView decision = original.latestDecision();
    RequestView.ArrangementView granted =
        decision != null && decision.granted() != null
            ? decision.granted()
            : original.arrangement();
    renewalOf = original.id();
    form.setCategory(Category.valueOf(original.category()));
    form.setArrangement(ArrangementType.valueOf(granted.type()));
    form.setRemoteDaysPerWeek(granted.remoteDaysPerWeek());
    form.setArrangementDescription(granted.description());
    LocalDate today = queries.dueDays().today();
    form.setStartDate(original.endDate().isBefore(today) ? today : original.endDate().plusDays(1));
    form.setEndDate(null);
    form.setRelationship(
        original.relationship() == null ? null : Relationship.valueOf(original.relationship()));
    form.setFunctionalLimitations(original.functionalLimitations());
    form.setJustification(original.justification());
    form.setWorkLocation(original.workLocationCode());
  }

  public String getRenew() {
    return renew;
  }

  public void setRenew(String renew) {
    this.renew = renew;
  }

  public Long getRenewalOf() {
    return renewalOf;
  }

  public void submit() throws IOException {
    RequestDetails details = form.details();
    if (held.refusedAny()) {
      // a file was refused (named on its field): the form's other problems with it, nothing filed
      FacesContext.getCurrentInstance().validationFailed();
      List<FieldError> others = details.problems().asList();
      if (!others.isEmpty()) {
        faces.show(new InvalidInputException(others), FIELDS);
      }
      return;
    }
    if (faces.askAboutPastStart(form, queries.dueDays().today(), FIELDS)) {
      return;
    }
    try {
      Submissions.Filed filed =
          submissions.file(
              new NewRequest(details, form.getWorkLocation(), null, renewalOf, form.urgency()),
              held.uploads(),
              FacesSupport.submissionKey());
      RequestView created = filed.view();
      FacesContext fc = FacesContext.getCurrentInstance();
      fc.getExternalContext().getFlash().setKeepMessages(true);
      faces.info(filed.replayed() ? "new.alreadyFiled" : "new.confirmation", created.id());
      fc.getExternalContext()
          .redirect(
              fc.getExternalContext().getRequestContextPath()
                  + "/employee/request.xhtml?id="
                  + created.id());
    } catch (DomainException e) {
      faces.show(e, FIELDS);
    }
  }

  /** The file field's validator: each chosen file checked at once and kept for this form. */
  public void holdFiles(FacesContext context, UIComponent component, Object value) {
    held.hold(context, component, documentService, faces);
  }

  public RequestForm getForm() {
    return form;
  }

  public HeldFiles getHeld() {
    return held;
  }

  public long getMaxDocumentMegabytes() {
    return documentService.maxBytes() / (1024 * 1024);
  }

  public List<Part> getDocuments() {
    return documents;
  }

  public void setDocuments(List<Part> documents) {
    this.documents = documents;
  }
}
