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
import org.accommodationdesk.application.reference.ReferenceChoices;
import org.accommodationdesk.application.reference.ReferenceItem;
import org.accommodationdesk.application.requests.RequestQueries;
import org.accommodationdesk.application.requests.RequestSummary;
import org.accommodationdesk.application.review.Assignment;
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
  static final Set<RequestStatus> APPROVALS = RequestStatus.APPROVALS;

  static final Set<RequestStatus> NEEDS_ACTION =
      EnumSet.of(RequestStatus.SUBMITTED, RequestStatus.IN_REVIEW, RequestStatus.APPEALED);
  @Inject private Assignment assignment;
  @Inject private ReferenceChoices choices;
  @Inject private RequestQueries queries;

  /** Looked up when needed: a clock is not a passivation-capable dependency of a view. */
  @Inject private jakarta.enterprise.inject.Instance<java.time.Clock> clock;

  @Inject private org.accommodationdesk.interfaces.web.FacesSupport faces;
  @Inject private org.accommodationdesk.interfaces.web.CurrentUserBacking currentUser;

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
    locations = choices.locations();
    counts = queries.statusCounts();
  }

  /** The address's words for the orders the queue offers ({@code ?sort=}). */
  static final Map<String, RequestOrder> ORDERS =
      new java.util.LinkedHashMap<>(
          Map.of(
              "oldest", RequestOrder.OLDEST_FIRST,
              "newest", RequestOrder.NEWEST_FIRST,
              "due", RequestOrder.DUE_FIRST,
              "due-last", RequestOrder.DUE_LAST));

  /** The order chosen in the address or the form; a sorted column takes over until reloaded. */
  private String sort = "oldest";

  /** Applies the filters (the table reloads its first page). */
  public void search() {
    counts = queries.statusCounts();
  }

  /**
   * "Apply": the queue's address with the filters and order chosen, so that the view can be
   * reloaded, bookmarked and shared.
   */
  public String apply() {
    return "/review/home?faces-redirect=true" + addressWith(null, null).replace('?', '&');
  }

  /**
   * The page's view action: the filters and order from the address ({@code status, category,
   * location, q, assigned, due, minAge, sort}). A value the queue does not know is named in a
   * message and left at its default; nothing else changes.
   */
  public void readAddress() {
    Map<String, String> p =
        jakarta.faces.context.FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap();
    if (p.containsKey("status")) {
      String v = p.get("status");
      if (List.of("NEEDS_ACTION", "ALL").contains(v) || isStatus(v)) {
        status = v;
      } else {
        refuse("status", v);
      }
    }
    if (p.containsKey("category")) {
      String v = p.get("category");
      try {
        category = v.isEmpty() ? null : Category.valueOf(v);
      } catch (IllegalArgumentException e) {
        refuse("category", v);
      }
    }
    if (p.containsKey("location")) {
      String v = p.get("location");
      if (v.isEmpty() || locations.stream().anyMatch(l -> l.code().equals(v))) {
        location = v;
      } else {
        refuse("location", v);
      }
    }
    if (p.containsKey("q")) {
      String v = p.get("q");
      if (v.length() <= RequestFilter.SEARCH_MAX) {
        search = v;
      } else {
        refuse("q", v.substring(0, 20) + "…");
      }
    }
    readChoice(p, "assigned", List.of("ANYONE", "ME", "NOBODY"), v -> assigned = v);
    readChoice(p, "due", List.of("ANY", "OVERDUE", "SOON", "ENDING30", "ENDING60"), v -> due = v);
    readChoice(p, "sort", List.copyOf(ORDERS.keySet()), v -> sort = v);
    if (p.containsKey("minAge")) {
      String v = p.get("minAge");
      try {
        int days = Integer.parseInt(v);
        if (days < 0) {
          throw new NumberFormatException(v);
        }
        minAgeDays = days == 0 ? null : days;
      } catch (NumberFormatException e) {
        refuse("minAge", v);
      }
    }
  }

  private void readChoice(
      Map<String, String> p,
      String name,
      List<String> allowed,
      java.util.function.Consumer<String> set) {
    if (!p.containsKey(name)) {
      return;
    }
    String v = p.get(name);
    if (allowed.contains(v)) {
      set.accept(v);
    } else {
      refuse(name, v);
    }
  }

  private static boolean isStatus(String v) {
    return java.util.Arrays.stream(RequestStatus.values()).anyMatch(s -> s.name().equals(v));
  }

  private void refuse(String parameter, String value) {
    faces.error(null, faces.text("queue.address.unknown", parameter, value));
  }

  /**
   * The query string of this view with one parameter set to another value (null: as it is): for the
   * status chips, which filter the queue, and for "Apply". Defaults are left out.
   */
  public String addressWith(String name, String value) {
    Map<String, String> q = new java.util.LinkedHashMap<>();
    q.put("status", "NEEDS_ACTION".equals(status) ? null : status);
    q.put("category", category == null ? null : category.name());
    q.put("location", location == null || location.isEmpty() ? null : location);
    q.put("q", search == null || search.isBlank() ? null : search.strip());
    q.put("assigned", "ANYONE".equals(assigned) ? null : assigned);
    q.put("due", "ANY".equals(due) ? null : due);
    q.put("minAge", minAgeDays == null || minAgeDays <= 0 ? null : String.valueOf(minAgeDays));
    q.put("sort", "oldest".equals(sort) ? null : sort);
    if (name != null) {
      q.put(name, value);
    }
    StringBuilder address = new StringBuilder();
    q.forEach(
        (k, v) -> {
          if (v != null) {
            address
                .append(address.length() == 0 ? '?' : '&')
                .append(k)
                .append('=')
                .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8));
          }
        });
    return address.toString();
  }

  /** Whom the HR lead gives the selected requests to. */
  private String assignTo;

  private Boolean mayAssign;
  private List<ReferenceItem> reviewers;
  private Map<String, Long> workload;

  /** Whether this reviewer assigns requests (an HR lead, or anyone when so configured). */
  public boolean isMayAssign() {
    if (mayAssign == null) {
      mayAssign = assignment.mayAssign();
    }
    return mayAssign;
  }

  /** The active reviewers, each with how many open requests they have been given. */
  public List<ReferenceItem> getReviewers() {
    if (reviewers == null) {
      reviewers = assignment.reviewers();
    }
    return reviewers;
  }

  public Map<String, Long> getWorkload() {
    if (workload == null) {
      workload = assignment.workload();
    }
    return workload;
  }

  /** The requests ticked in an assignment that was refused, ticked again when the page shows. */
  private java.util.Set<Long> tickedIds = java.util.Set.of();

  /**
   * "Assign": the requests ticked in the table ({@code assign} check boxes) go to the chosen
   * reviewer, all or nothing; then the same view of the queue again, saying how many changed hands.
   */
  public String assignSelected() {
    String[] ticked =
        jakarta.faces.context.FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterValuesMap()
            .getOrDefault("assign", new String[0]);
    List<Long> ids = new java.util.ArrayList<>();
    for (String t : ticked) {
      Long id = org.accommodationdesk.interfaces.web.FacesSupport.requestId(t);
      if (id != null) {
        ids.add(id);
      }
    }
    if (ids.isEmpty()) {
      faces.error(null, faces.text("queue.assign.none"));
      return null;
    }
    tickedIds = new java.util.HashSet<>(ids);
    try {
      int changed = assignment.assign(ids, assignTo);
      tickedIds = java.util.Set.of();
      String name =
          getReviewers().stream()
              .filter(v -> v.code().equals(assignTo))
              .map(ReferenceItem::name)
              .findFirst()
              .orElse(assignTo);
      faces.info("queue.assign.done", changed, name);
      jakarta.faces.context.FacesContext.getCurrentInstance()
          .getExternalContext()
          .getFlash()
          .setKeepMessages(true);
      return apply();
    } catch (org.accommodationdesk.domain.request.DomainException e) {
      faces.show(e, Map.of("reviewer", "queueForm:assignTo"));
      workload = null;
      return null;
    }
  }

  /** Whether the request was ticked in an assignment that was refused (the ticks are kept). */
  public boolean ticked(long id) {
    return tickedIds.contains(id);
  }

  public String getAssignTo() {
    return assignTo;
  }

  public void setAssignTo(String assignTo) {
    this.assignTo = assignTo;
  }

  /** The chosen order, for the caption and the table's first load. */
  public RequestOrder getOrder() {
    return ORDERS.getOrDefault(sort, RequestOrder.OLDEST_FIRST);
  }

  public String getSort() {
    return sort;
  }

  public void setSort(String sort) {
    this.sort = sort;
  }

  public java.util.Set<String> getSorts() {
    return ORDERS.keySet();
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
            : clock.get().instant().minus(Duration.ofDays(minAgeDays));
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
            : queries.dueDays().dueBy("OVERDUE".equals(due)),
        ending ? queries.dueDays().endingWithin(Integer.parseInt(due.substring(6))) : null);
  }

  private final class QueueModel extends LazyDataModel<RequestSummary> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) queries.queueSize(filter());
    }

    @Override
    public List<RequestSummary> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return queries.queue(filter(), first, pageSize, order(sortBy, getOrder()));
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

  /** The order the table's sorted column asks for (by age or by due day), else the chosen one. */
  static RequestOrder order(Map<String, SortMeta> sortBy, RequestOrder chosen) {
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
        .orElse(chosen);
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
