package org.accommodationdesk.interfaces.web.review;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accommodationdesk.application.RequestService;
import org.accommodationdesk.application.RequestService.ReferenceItem;
import org.accommodationdesk.application.RequestSummary;
import org.accommodationdesk.domain.request.Category;
import org.accommodationdesk.domain.request.RequestFilter;
import org.accommodationdesk.domain.request.RequestOrder;
import org.accommodationdesk.domain.request.RequestStatus;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * {@code /review/home.xhtml}: the reviewers' queue. Lazy: each page loads only its rows, counted
 * and sorted in the database. By default it shows what needs action, oldest first.
 */
@Named
@ViewScoped
public class ReviewQueueBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The statuses where HR has to act next. */
  /** Approvals: what the "ending within" filters look at. */
  static final Set<RequestStatus> APPROVALS =
      EnumSet.of(RequestStatus.APPROVED, RequestStatus.APPROVED_WITH_CHANGES);

  static final Set<RequestStatus> NEEDS_ACTION =
      EnumSet.of(RequestStatus.SUBMITTED, RequestStatus.IN_REVIEW, RequestStatus.APPEALED);

  @Inject private transient RequestService requestService;
  @Inject private transient org.accommodationdesk.interfaces.web.CurrentUserBacking currentUser;

  /** "NEEDS_ACTION", "ALL" or a status name. */
  private String status = "NEEDS_ACTION";

  private Category category;
  private String location;
  private String search;

  /** "ANYONE", "ME" (assigned to the signed-in reviewer) or "NOBODY" (unassigned). */
  private String assigned = "ANYONE";

  /**
   * "ANY", "OVERDUE", "SOON" (due within two business days, or overdue), "ENDING30", "ENDING60".
   */
  private String due = "ANY";

  private Integer minAgeDays;
  private Map<RequestStatus, Long> counts;
  private List<ReferenceItem> locations;
  private final LazyDataModel<RequestSummary> model = new QueueModel();

  @PostConstruct
  void init() {
    locations = requestService.locations();
    counts = requestService.statusCounts();
  }

  /** Applies the filters (the table reloads its first page). */
  public void search() {
    counts = requestService.statusCounts();
  }

  RequestFilter filter() {
    boolean ending = due != null && due.startsWith("ENDING");
    Set<RequestStatus> statuses =
        switch (status == null ? "ALL" : status) {
          case "NEEDS_ACTION" -> ending ? APPROVALS : NEEDS_ACTION;
          case "ALL" -> ending ? APPROVALS : Set.of();
          default -> Set.of(RequestStatus.valueOf(status));
        };
    Instant before =
        minAgeDays == null || minAgeDays <= 0
            ? null
            : Instant.now().minus(Duration.ofDays(minAgeDays));
    return RequestFilter.of(
        statuses,
        category,
        location == null || location.isBlank() ? null : location,
        before,
        search,
        "ME".equals(assigned) ? currentUser.getProfile().username() : null,
        "NOBODY".equals(assigned),
        "ANY".equals(due) || due == null || ending
            ? null
            : requestService.dueDays().dueBy("OVERDUE".equals(due)),
        ending ? requestService.dueDays().endingWithin(Integer.parseInt(due.substring(6))) : null);
  }

  private final class QueueModel extends LazyDataModel<RequestSummary> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) requestService.queueSize(filter());
    }

    @Override
    public List<RequestSummary> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return requestService.queue(filter(), first, pageSize, order(sortBy));
    }

    @Override
    public String getRowKey(RequestSummary row) {
      return String.valueOf(row.id());
    }

    @Override
    public RequestSummary getRowData(String rowKey) {
      return null;
    }
  }

  public LazyDataModel<RequestSummary> getModel() {
    return model;
  }

  public Map<RequestStatus, Long> getCounts() {
    return counts;
  }

  public RequestStatus[] getStatuses() {
    return RequestStatus.values();
  }

  public Category[] getCategories() {
    return Category.values();
  }

  /** The order the table's sorted column asks for: by age (the default) or by due day. */
  static RequestOrder order(Map<String, SortMeta> sortBy) {
    return sortBy.values().stream()
        .findFirst()
        .map(
            s -> {
              boolean descending = s.getOrder() == SortOrder.DESCENDING;
              if ("due".equals(s.getField())) {
                return descending ? RequestOrder.DUE_LAST : RequestOrder.DUE_FIRST;
              }
              return descending ? RequestOrder.NEWEST_FIRST : RequestOrder.OLDEST_FIRST;
            })
        .orElse(RequestOrder.OLDEST_FIRST);
  }

  public String getDue() {
    return due;
  }

  public void setDue(String due) {
    this.due = due;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public int getSearchMax() {
    return RequestFilter.SEARCH_MAX;
  }

  public String getAssigned() {
    return assigned;
  }

  public void setAssigned(String assigned) {
    this.assigned = assigned;
  }

  public List<ReferenceItem> getLocations() {
    return locations;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public Category getCategory() {
    return category;
  }

  public void setCategory(Category category) {
    this.category = category;
  }

  public String getLocation() {
    return location;
  }

  public void setLocation(String location) {
    this.location = location;
  }

  public Integer getMinAgeDays() {
    return minAgeDays;
  }

  public void setMinAgeDays(Integer minAgeDays) {
    this.minAgeDays = minAgeDays;
  }
}
