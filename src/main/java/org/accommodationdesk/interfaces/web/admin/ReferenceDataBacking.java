package org.accommodationdesk.interfaces.web.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.accommodationdesk.application.reference.CalendarAdministration;
import org.accommodationdesk.application.reference.CalendarAdministration.HolidayView;
import org.accommodationdesk.application.reference.ReferenceDataAdministration;
import org.accommodationdesk.application.reference.ReferenceDataAdministration.DenialReasonView;
import org.accommodationdesk.application.reference.ReferenceDataAdministration.JobClassView;
import org.accommodationdesk.application.reference.ReferenceDataAdministration.LocationView;
import org.accommodationdesk.application.reference.SettingsAdministration;
import org.accommodationdesk.application.stats.StatisticsProtection;
import org.accommodationdesk.domain.request.DomainException;
import org.accommodationdesk.interfaces.web.FacesSupport;

/**
 * {@code /admin/reference.xhtml}: work locations and the reviewers who serve each, job classes and
 * denial reasons with English and Spanish names, and the union's minimum cell size. {@code
 * ?location=CODE}, {@code ?jobClass=CODE} or {@code ?reason=CODE} opens one for changes; without,
 * the forms add new ones. Each save goes back to the page (post, then redirect).
 */
@Named
@ViewScoped
public class ReferenceDataBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<String, String> LOCATION_FIELDS =
      Map.of(
          "code", "locationForm:locationCode",
          "name", "locationForm:locationName",
          "reviewers", "locationForm:reviewers");
  private static final Map<String, String> JOB_CLASS_FIELDS =
      Map.of(
          "code", "jobClassForm:jobClassCode",
          "name", "jobClassForm:jobClassName",
          "nameEs", "jobClassForm:jobClassNameEs");
  private static final Map<String, String> REASON_FIELDS =
      Map.of(
          "code", "reasonForm:reasonCode",
          "name", "reasonForm:reasonName",
          "nameEs", "reasonForm:reasonNameEs",
          "active", "reasonForm:reasonActive");
  private static final Map<String, String> HOLIDAY_FIELDS =
      Map.of(
          "day", "holidayForm:holidayDay",
          "name", "holidayForm:holidayName",
          "nameEs", "holidayForm:holidayNameEs");
  private static final Map<String, String> SETTING_FIELDS =
      Map.of("minimumCellSize", "settingsForm:minimumCellSize");

  @Inject private ReferenceDataAdministration administration;
  @Inject private CalendarAdministration calendar;
  @Inject private SettingsAdministration settings;
  @Inject private FacesSupport faces;

  private List<LocationView> locations;
  private List<JobClassView> jobClasses;
  private List<String> allReviewers;
  private Map<String, String> reviewerNames;
  private List<DenialReasonView> reasons;

  /** The denial reason being changed (from ?reason=), or null to add one. */
  private String reason;

  private String reasonCode;
  private String reasonName;
  private String reasonNameEs;
  private boolean reasonActive = true;
  private long reasonVersion;

  /** The location being changed (from ?location=), or null to add one. */
  private String location;

  private String locationCode;
  private String locationName;
  private List<String> reviewers = new ArrayList<>();
  private long locationVersion;

  /** The job class being changed (from ?jobClass=), or null to add one. */
  private String jobClass;

  private String jobClassCode;
  private String jobClassName;
  private String jobClassNameEs;
  private long jobClassVersion;

  private Integer minimumCellSize;

  private List<HolidayView> holidays;
  private String holidayDay;
  private String holidayName;
  private String holidayNameEs;

  /** The page's view action. */
  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    locations = administration.locations();
    jobClasses = administration.jobClasses();
    allReviewers = administration.reviewers();
    reviewerNames = administration.reviewerNames();
    minimumCellSize = settings.minimumCellSize();
    reasons = administration.denialReasons();
    holidays = calendar.holidays();
    reasons.stream()
        .filter(d -> d.code().equals(reason))
        .findFirst()
        .ifPresentOrElse(
            d -> {
              reasonCode = d.code();
              reasonName = d.name();
              reasonNameEs = d.nameEs();
              reasonActive = d.active();
              reasonVersion = d.version();
            },
            () -> reason = null);
    locations.stream()
        .filter(l -> l.code().equals(location))
        .findFirst()
        .ifPresentOrElse(
            l -> {
              locationCode = l.code();
              locationName = l.name();
              reviewers = new ArrayList<>(l.reviewers());
              locationVersion = l.version();
            },
            () -> location = null);
    jobClasses.stream()
        .filter(j -> j.code().equals(jobClass))
        .findFirst()
        .ifPresentOrElse(
            j -> {
              jobClassCode = j.code();
              jobClassName = j.name();
              jobClassNameEs = j.nameEs();
              jobClassVersion = j.version();
            },
            () -> jobClass = null);
  }

  public void saveLocation() throws IOException {
    try {
      if (location == null) {
        administration.addLocation(locationCode, locationName, new LinkedHashSet<>(reviewers));
      } else {
        administration.changeLocation(
            location,
            locationName == null ? "" : locationName,
            new LinkedHashSet<>(reviewers),
            locationVersion);
      }
    } catch (DomainException e) {
      faces.show(e, LOCATION_FIELDS);
      return;
    }
    done("reference.locationSaved");
  }

  public void saveJobClass() throws IOException {
    try {
      if (jobClass == null) {
        administration.addJobClass(jobClassCode, jobClassName, jobClassNameEs);
      } else {
        administration.changeJobClass(
            jobClass,
            jobClassName == null ? "" : jobClassName,
            jobClassNameEs == null ? "" : jobClassNameEs,
            jobClassVersion);
      }
    } catch (DomainException e) {
      faces.show(e, JOB_CLASS_FIELDS);
      return;
    }
    done("reference.jobClassSaved");
  }

  public void saveReason() throws IOException {
    try {
      if (reason == null) {
        administration.addDenialReason(reasonCode, reasonName, reasonNameEs);
      } else {
        administration.changeDenialReason(
            reason,
            reasonName == null ? "" : reasonName,
            reasonNameEs == null ? "" : reasonNameEs,
            reasonActive,
            reasonVersion);
      }
    } catch (DomainException e) {
      faces.show(e, REASON_FIELDS);
      return;
    }
    done("reference.reasonSaved");
  }

  public void addHoliday() throws IOException {
    try {
      calendar.addHoliday(holidayDay, holidayName, holidayNameEs);
    } catch (DomainException e) {
      faces.show(e, HOLIDAY_FIELDS);
      return;
    }
    done("reference.holidaySaved");
  }

  public void removeHoliday(String day) throws IOException {
    try {
      calendar.removeHoliday(day);
    } catch (DomainException e) {
      faces.show(e, Map.of());
      return;
    }
    done("reference.holidayRemoved");
  }

  public List<HolidayView> getHolidays() {
    return holidays;
  }

  public String getHolidayDay() {
    return holidayDay;
  }

  public void setHolidayDay(String holidayDay) {
    this.holidayDay = holidayDay;
  }

  public String getHolidayName() {
    return holidayName;
  }

  public void setHolidayName(String holidayName) {
    this.holidayName = holidayName;
  }

  public String getHolidayNameEs() {
    return holidayNameEs;
  }

  public void setHolidayNameEs(String holidayNameEs) {
    this.holidayNameEs = holidayNameEs;
  }

  public void saveSettings() throws IOException {
    try {
      settings.changeMinimumCellSize(minimumCellSize);
    } catch (DomainException e) {
      faces.show(e, SETTING_FIELDS);
      return;
    }
    done("reference.settingsSaved");
  }

  private void done(String key) throws IOException {
    FacesContext fc = FacesContext.getCurrentInstance();
    ExternalContext ec = fc.getExternalContext();
    ec.getFlash().setKeepMessages(true);
    fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, faces.text(key), null));
    ec.redirect(ec.getRequestContextPath() + "/admin/reference.xhtml");
  }

  public List<LocationView> getLocations() {
    return locations;
  }

  public List<JobClassView> getJobClasses() {
    return jobClasses;
  }

  public List<DenialReasonView> getReasons() {
    return reasons;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getReasonCode() {
    return reasonCode;
  }

  public void setReasonCode(String reasonCode) {
    this.reasonCode = reasonCode;
  }

  public String getReasonName() {
    return reasonName;
  }

  public void setReasonName(String reasonName) {
    this.reasonName = reasonName;
  }

  public String getReasonNameEs() {
    return reasonNameEs;
  }

  public void setReasonNameEs(String reasonNameEs) {
    this.reasonNameEs = reasonNameEs;
  }

  public boolean isReasonActive() {
    return reasonActive;
  }

  public void setReasonActive(boolean reasonActive) {
    this.reasonActive = reasonActive;
  }

  /** A reviewer as people know them: "Robert Chen (reviewer1)". */
  public String reviewerLabel(String username) {
    String name = reviewerNames == null ? null : reviewerNames.get(username);
    return name == null ? username : name + " (" + username + ")";
  }

  /** A location's reviewers, by name. */
  public String reviewerLabels(List<String> usernames) {
    return String.join(", ", usernames.stream().map(this::reviewerLabel).toList());
  }

  public List<String> getAllReviewers() {
    return allReviewers;
  }

  public int getNameMax() {
    return ReferenceDataAdministration.NAME_MAX;
  }

  public int getCellSizeMinimum() {
    return StatisticsProtection.MINIMUM;
  }

  public int getCellSizeMaximum() {
    return StatisticsProtection.MAXIMUM;
  }

  public String getLocation() {
    return location;
  }

  public void setLocation(String location) {
    this.location = location;
  }

  public String getLocationCode() {
    return locationCode;
  }

  public void setLocationCode(String locationCode) {
    this.locationCode = locationCode;
  }

  public String getLocationName() {
    return locationName;
  }

  public void setLocationName(String locationName) {
    this.locationName = locationName;
  }

  public List<String> getReviewers() {
    return reviewers;
  }

  public void setReviewers(List<String> reviewers) {
    this.reviewers = reviewers == null ? new ArrayList<>() : reviewers;
  }

  public String getJobClass() {
    return jobClass;
  }

  public void setJobClass(String jobClass) {
    this.jobClass = jobClass;
  }

  public String getJobClassCode() {
    return jobClassCode;
  }

  public void setJobClassCode(String jobClassCode) {
    this.jobClassCode = jobClassCode;
  }

  public String getJobClassName() {
    return jobClassName;
  }

  public void setJobClassName(String jobClassName) {
    this.jobClassName = jobClassName;
  }

  public String getJobClassNameEs() {
    return jobClassNameEs;
  }

  public void setJobClassNameEs(String jobClassNameEs) {
    this.jobClassNameEs = jobClassNameEs;
  }

  public Integer getMinimumCellSize() {
    return minimumCellSize;
  }

  public void setMinimumCellSize(Integer minimumCellSize) {
    this.minimumCellSize = minimumCellSize;
  }
}
