package org.accommodationdesk.interfaces.web.records;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.accommodationdesk.application.records.RetentionService;
import org.accommodationdesk.domain.records.RetentionSchedule;
import org.accommodationdesk.domain.request.DomainException;
import org.accommodationdesk.interfaces.web.FacesSupport;

/**
 * {@code /admin/records.xhtml}, the retention part (administrators): the schedule and its change,
 * the dry run (every request past its retention today, its rule, the holds that keep it) and the
 * purge on demand. The ledger's part is {@link LedgerBacking}.
 */
@Named
@ViewScoped
public class RecordsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private RetentionService retention;
  @Inject private FacesSupport faces;

  private RetentionSchedule schedule;
  private Integer medicalMonths;
  private List<RetentionService.Eligible> eligible;
  private RetentionService.PurgeRun purged;

  /** The page's view action. */
  public void load() {
    if (!FacesContext.getCurrentInstance().isPostback()) {
      schedule = retention.schedule();
      medicalMonths = schedule.medicalMonths();
    }
  }

  public void save() throws IOException {
    try {
      schedule = retention.change(medicalMonths);
    } catch (DomainException e) {
      faces.show(e, Map.of("medicalMonths", "scheduleForm:medicalMonths"));
      return;
    }
    FacesContext fc = FacesContext.getCurrentInstance();
    ExternalContext ec = fc.getExternalContext();
    ec.getFlash().setKeepMessages(true);
    fc.addMessage(
        null, new FacesMessage(FacesMessage.SEVERITY_INFO, faces.text("records.saved"), null));
    ec.redirect(ec.getRequestContextPath() + "/admin/records.xhtml");
  }

  /** Lists what a purge would take today, changing nothing. */
  public void dryRun() {
    eligible = retention.dryRun();
    purged = null;
  }

  /** Purges now what the daily work would purge today. */
  public void purge() {
    purged = retention.purgeNow();
    eligible = null;
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_INFO,
                faces.text(
                    "records.purged",
                    purged.purged().size(),
                    purged.held().size(),
                    purged.refused().size()),
                null));
  }

  /** The numbers of the holds that keep a request, as "7, 12". */
  public String holdNumbers(RetentionService.Eligible e) {
    return String.join(", ", e.heldBy().stream().map(String::valueOf).toList());
  }

  public RetentionSchedule getSchedule() {
    return schedule;
  }

  public Integer getMedicalMonths() {
    return medicalMonths;
  }

  public void setMedicalMonths(Integer medicalMonths) {
    this.medicalMonths = medicalMonths;
  }

  public int getMinimumMonths() {
    return RetentionSchedule.MIN_MEDICAL_MONTHS;
  }

  public int getMaximumMonths() {
    return RetentionSchedule.MAX_MEDICAL_MONTHS;
  }

  /** The dry run's list; null until it ran. */
  public List<RetentionService.Eligible> getEligible() {
    return eligible;
  }

  /** The last purge's outcome; null until one ran on this page. */
  public RetentionService.PurgeRun getPurged() {
    return purged;
  }
}
