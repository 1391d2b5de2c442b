package org.accommodationdesk.interfaces.web.review;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.accommodationdesk.application.reference.ReferenceChoices;
import org.accommodationdesk.application.requests.RequestService;
import org.accommodationdesk.application.requests.RequestView;
import org.accommodationdesk.domain.reference.ReasonList;
import org.accommodationdesk.domain.request.DomainException;
import org.accommodationdesk.interfaces.web.FacesSupport;

/**
 * The reporting record on the HR case page (issue 23 #2): when the arrangement took effect, whether
 * medical information was asked for and why, the cost, the sources of technical assistance
 * consulted. The case page's HR reviewers only (the service checks; the form is shown to HR on a
 * request not their own). Saves, then goes back to the case (post, then redirect).
 */
@Named
@ViewScoped
public class CaseRecordBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final Map<String, String> FIELDS =
      Map.of(
          "effectiveOn", "recordForm:effectiveOn",
          "medicalInformationReason", "recordForm:medicalReason",
          "cost", "recordForm:cost",
          "assistance", "recordForm:assistance");

  @Inject private ReviewCaseBacking casePage;
  @Inject private RequestService requestService;
  @Inject private ReferenceChoices choices;
  @Inject private FacesSupport faces;

  private boolean loaded;
  private long version;
  private LocalDate effectiveOn;

  /** "", "yes" or "no": not recorded, asked for, not asked for. */
  private String medicalInformation = "";

  private String medicalReason;
  private BigDecimal cost;
  private List<String> assistance = new ArrayList<>();
  private List<String> medicalReasons;
  private List<String> sources;

  /** The form starts with what is recorded. */
  private void fill() {
    if (loaded || casePage.getRequest() == null || casePage.getRequest().reporting() == null) {
      return;
    }
    loaded = true;
    RequestView.ReportingView r = casePage.getRequest().reporting();
    version = r.version();
    effectiveOn = r.effectiveOn();
    medicalInformation =
        r.medicalInformationRequested() == null
            ? ""
            : (r.medicalInformationRequested() ? "yes" : "no");
    medicalReason = r.medicalInformationReason();
    cost = r.costCents() == null ? null : BigDecimal.valueOf(r.costCents(), 2);
    assistance = new ArrayList<>(r.assistance());
  }

  public void save() throws IOException {
    Long cents = null;
    if (cost != null) {
      if (cost.scale() > 2
          || cost.signum() < 0
          || cost.compareTo(
                  BigDecimal.valueOf(
                      org.accommodationdesk.domain.request.ReportingRecord.MAX_COST_CENTS, 2))
              > 0) {
        faces.error("recordForm:cost", faces.text("error.field.cost.range"));
        FacesContext.getCurrentInstance().validationFailed();
        return;
      }
      cents = cost.movePointRight(2).longValueExact();
    }
    Boolean asked = medicalInformation.isEmpty() ? null : "yes".equals(medicalInformation);
    try {
      requestService.recordReporting(
          casePage.getId(),
          new RequestService.Reporting(effectiveOn, asked, medicalReason, cents, assistance),
          version);
    } catch (DomainException e) {
      faces.show(e, FIELDS);
      return;
    }
    FacesContext fc = FacesContext.getCurrentInstance();
    ExternalContext ec = fc.getExternalContext();
    faces.info("case.record.saved");
    ec.getFlash().setKeepMessages(true);
    ec.redirect(ec.getRequestContextPath() + "/review/case.xhtml?id=" + casePage.getId());
  }

  public List<String> getMedicalReasons() {
    if (medicalReasons == null) {
      medicalReasons = choices.reasons(ReasonList.MEDICAL_INFORMATION);
    }
    return medicalReasons;
  }

  public List<String> getSources() {
    if (sources == null) {
      sources = choices.reasons(ReasonList.ASSISTANCE);
    }
    return sources;
  }

  public LocalDate getEffectiveOn() {
    fill();
    return effectiveOn;
  }

  public void setEffectiveOn(LocalDate effectiveOn) {
    this.effectiveOn = effectiveOn;
  }

  public String getMedicalInformation() {
    fill();
    return medicalInformation;
  }

  public void setMedicalInformation(String medicalInformation) {
    this.medicalInformation = medicalInformation == null ? "" : medicalInformation;
  }

  public String getMedicalReason() {
    fill();
    return medicalReason;
  }

  public void setMedicalReason(String medicalReason) {
    this.medicalReason = medicalReason;
  }

  public BigDecimal getCost() {
    fill();
    return cost;
  }

  public void setCost(BigDecimal cost) {
    this.cost = cost;
  }

  public List<String> getAssistance() {
    fill();
    return assistance;
  }

  public void setAssistance(List<String> assistance) {
    this.assistance = assistance == null ? new ArrayList<>() : new ArrayList<>(assistance);
  }
}
