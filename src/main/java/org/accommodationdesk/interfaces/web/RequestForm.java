package org.accommodationdesk.interfaces.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.accommodationdesk.application.reference.ReferenceItem;
import org.accommodationdesk.domain.request.ArrangementType;
import org.accommodationdesk.domain.request.Category;
import org.accommodationdesk.domain.request.Relationship;
import org.accommodationdesk.domain.request.RequestDetails;
import org.accommodationdesk.domain.request.Urgency;

/**
 * What a request form holds, as typed: the fields of {@code
 * /WEB-INF/fragments/request-fields.xhtml}, shared by the employee's own new request and a filing
 * for an employee. It adapts to the category (limitations in the employee's own words, or
 * relationship and attestation) and the arrangement; everything typed stays on a validation error.
 */
public class RequestForm implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Where each field's problem is shown, in a form whose id is {@code form}. */
  public static final Map<String, String> FIELDS =
      Map.ofEntries(
          Map.entry("category", "form:category"),
          Map.entry("arrangement", "form:arrangement"),
          Map.entry("remoteDaysPerWeek", "form:remoteDays"),
          Map.entry("arrangementDescription", "form:arrangementDescription"),
          Map.entry("startDate", "form:startDate"),
          Map.entry("endDate", "form:endDate"),
          Map.entry("relationship", "form:relationship"),
          Map.entry("attestation", "form:attestation"),
          Map.entry("functionalLimitations", "form:limitations"),
          Map.entry("justification", "form:justification"),
          Map.entry("neededBy", "form:neededBy"),
          Map.entry("neededByReason", "form:neededByReason"),
          Map.entry("workLocation", "form:workLocation"));

  /** Whose request the form's words speak of: "" the reader's own, ".proxy" an employee's. */
  private final String voice;

  private Category category;
  private ArrangementType arrangement = ArrangementType.FULL_REMOTE;
  private Integer remoteDaysPerWeek;
  private String arrangementDescription;
  private LocalDate startDate;
  private LocalDate endDate;
  private Relationship relationship;
  private boolean attestation;
  private String functionalLimitations;
  private String justification;
  private LocalDate neededBy;
  private String neededByReason;
  private String workLocation;
  private List<ReferenceItem> locations = List.of();

  /** How far back a start date may lie before the form asks whether it is meant. */

  /** A form for the reader's own request. */
  public RequestForm() {
    this("");
  }

  private RequestForm(String voice) {
    this.voice = voice;
  }

  /** A form someone fills in for an employee: its hints and messages speak of the employee. */
  public static RequestForm forAnEmployee() {
    return new RequestForm(".proxy");
  }

  /**
   * The suffix of the message keys the form's words take ("" or ".proxy"): a key with it is used
   * when the bundle has one.
   */
  public String getVoice() {
    return voice;
  }

  public static final int PAST_START_DAYS = 30;

  /** The past start date the reader was asked about (sent again unchanged: meant). */
  private LocalDate pastStartAsked;

  /** The request's details as typed (the attestation only where the category asks for it). */
  public RequestDetails details() {
    return new RequestDetails(
        category,
        arrangement,
        remoteDaysPerWeek,
        arrangementDescription,
        startDate,
        endDate,
        relationship,
        category != null && category.concernsAnotherPerson() ? attestation : null,
        functionalLimitations,
        justification);
  }

  /**
   * Whether to ask before sending: a start date more than {@link #PAST_START_DAYS} days before
   * {@code today} is legitimate (a request entered late, an arrangement needed since then) but is
   * more often a slip of the year; asked once per date, the same date sent again goes through.
   */
  public boolean askAboutPastStart(LocalDate today) {
    if (startDate == null
        || !startDate.isBefore(today.minusDays(PAST_START_DAYS))
        || startDate.equals(pastStartAsked)) {
      return false;
    }
    pastStartAsked = startDate;
    return true;
  }

  /** The date it is needed by and why, as typed. */
  public Urgency urgency() {
    return new Urgency(neededBy, neededByReason);
  }

  public boolean isAboutAnotherPerson() {
    return category != null && category.concernsAnotherPerson();
  }

  public boolean isOwnCondition() {
    return category == Category.OWN_CONDITION;
  }

  public Category[] getCategories() {
    return Category.values();
  }

  public ArrangementType[] getArrangements() {
    return ArrangementType.values();
  }

  public Relationship[] getRelationships() {
    return Relationship.values();
  }

  public List<ReferenceItem> getLocations() {
    return locations;
  }

  public Category getCategory() {
    return category;
  }

  public void setCategory(Category category) {
    this.category = category;
  }

  public ArrangementType getArrangement() {
    return arrangement;
  }

  public void setArrangement(ArrangementType arrangement) {
    this.arrangement = arrangement;
  }

  public Integer getRemoteDaysPerWeek() {
    return remoteDaysPerWeek;
  }

  public void setRemoteDaysPerWeek(Integer remoteDaysPerWeek) {
    this.remoteDaysPerWeek = remoteDaysPerWeek;
  }

  public String getArrangementDescription() {
    return arrangementDescription;
  }

  public void setArrangementDescription(String arrangementDescription) {
    this.arrangementDescription = arrangementDescription;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public void setEndDate(LocalDate endDate) {
    this.endDate = endDate;
  }

  public Relationship getRelationship() {
    return relationship;
  }

  public void setRelationship(Relationship relationship) {
    this.relationship = relationship;
  }

  public boolean isAttestation() {
    return attestation;
  }

  public void setAttestation(boolean attestation) {
    this.attestation = attestation;
  }

  public String getFunctionalLimitations() {
    return functionalLimitations;
  }

  public void setFunctionalLimitations(String functionalLimitations) {
    this.functionalLimitations = functionalLimitations;
  }

  public String getJustification() {
    return justification;
  }

  public void setJustification(String justification) {
    this.justification = justification;
  }

  public LocalDate getNeededBy() {
    return neededBy;
  }

  public void setNeededBy(LocalDate neededBy) {
    this.neededBy = neededBy;
  }

  public String getNeededByReason() {
    return neededByReason;
  }

  public void setNeededByReason(String neededByReason) {
    this.neededByReason = neededByReason;
  }

  public String getWorkLocation() {
    return workLocation;
  }

  public void setWorkLocation(String workLocation) {
    this.workLocation = workLocation;
  }

  public void setLocations(List<ReferenceItem> locations) {
    this.locations = List.copyOf(locations);
  }
}
