package org.accommodationdesk.application.memory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.accommodationdesk.domain.request.AccommodationRequest;
import org.accommodationdesk.domain.request.RequestFilter;
import org.accommodationdesk.domain.request.RequestOrder;
import org.accommodationdesk.domain.request.RequestRepository;
import org.accommodationdesk.domain.request.RequestStatus;

/**
 * Requests kept in a map, ids given on {@code add} as the database would; the queries follow
 * JpaRequestRepository's (the due and end windows of a list filter and DUE_* orders are not kept).
 * The same instances are handed out (as within one transaction); {@link #storedRevision} tells what
 * the last {@code store} wrote, so that a test can tell a change written from one only made in
 * memory.
 */
public class InMemoryRequests implements RequestRepository {
  private final Map<Long, AccommodationRequest> byId = new LinkedHashMap<>();
  private final Map<Long, Long> storedRevisions = new TreeMap<>();
  private final Map<Long, Integer> storedHistories = new TreeMap<>();
  private long nextId = 1;
  private long nextDecisionId = 1;

  /** Keeps a request made by a test (with an id of its own) as if filed earlier. */
  public AccommodationRequest put(AccommodationRequest request) {
    add(request);
    store(request);
    return request;
  }

  /** The revision the last {@code store} wrote, empty when never stored. */
  public Optional<Long> storedRevision(long id) {
    return Optional.ofNullable(storedRevisions.get(id));
  }

  /** How many history entries the last {@code store} wrote, empty when never stored. */
  public Optional<Integer> storedHistoryLength(long id) {
    return Optional.ofNullable(storedHistories.get(id));
  }

  public List<AccommodationRequest> all() {
    return List.copyOf(byId.values());
  }

  @Override
  public Optional<AccommodationRequest> find(long id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public void add(AccommodationRequest request) {
    if (request.getId() == null) {
      Fields.set(request, "id", nextId++);
    } else {
      nextId = Math.max(nextId, request.getId() + 1);
    }
    byId.put(request.getId(), request);
  }

  @Override
  public void store(AccommodationRequest request) {
    if (!byId.containsKey(request.getId())) {
      throw new IllegalStateException("stored before added: " + request.getId());
    }
    // new decisions get their ids when written, as the database gives them
    for (org.accommodationdesk.domain.request.Decision d : request.getDecisions()) {
      if (d.getId() == null) {
        Fields.set(d, "id", nextDecisionId++);
      }
    }
    storedRevisions.put(request.getId(), request.getRevision());
    storedHistories.put(request.getId(), request.getHistory().size());
  }

  @Override
  public List<AccommodationRequest> search(
      RequestFilter filter, int first, int max, RequestOrder order) {
    return matching(filter).sorted(order(order)).skip(first).limit(max).toList();
  }

  @Override
  public long count(RequestFilter filter) {
    return matching(filter).count();
  }

  private Stream<AccommodationRequest> matching(RequestFilter f) {
    if (f.dueBy() != null || f.endsBy() != null) {
      throw new UnsupportedOperationException("not kept in memory: due and end windows");
    }
    Predicate<AccommodationRequest> p = r -> true;
    if (f.requester() != null) {
      p = p.and(r -> r.isRequestedBy(f.requester()));
    }
    if (!f.statuses().isEmpty()) {
      p = p.and(r -> f.statuses().contains(r.getStatus()));
    }
    if (f.category() != null) {
      p = p.and(r -> r.asked().getCategory() == f.category());
    }
    if (f.locationCode() != null) {
      p = p.and(r -> r.getWorkLocation().getCode().equals(f.locationCode()));
    }
    if (!f.locationCodes().isEmpty()) {
      p = p.and(r -> f.locationCodes().contains(r.getWorkLocation().getCode()));
    }
    if (f.submittedBefore() != null) {
      Instant before = f.submittedBefore();
      p = p.and(r -> r.getSubmittedAt().isBefore(before));
    }
    if (f.search() != null) {
      p =
          p.and(
              r ->
                  f.searchedId().isPresent()
                      ? r.getId() == f.searchedId().getAsLong()
                      : r.getRequester().contains(f.search()));
    }
    if (f.assignee() != null) {
      p = p.and(r -> f.assignee().equals(r.getAssignedReviewer()));
    }
    if (f.unassigned()) {
      p = p.and(r -> r.getAssignedReviewer() == null);
    }
    return byId.values().stream().filter(p);
  }

  private static Comparator<AccommodationRequest> order(RequestOrder order) {
    Comparator<AccommodationRequest> oldest =
        Comparator.comparing(AccommodationRequest::getSubmittedAt)
            .thenComparing(AccommodationRequest::getId);
    return switch (order) {
      case OLDEST_FIRST -> oldest;
      case NEWEST_FIRST -> oldest.reversed();
      default -> throw new UnsupportedOperationException("not kept in memory: " + order);
    };
  }

  @Override
  public List<Long> purgeCandidates(Instant submittedBefore, long afterId, int max) {
    return byId.values().stream()
        .filter(
            r ->
                org.accommodationdesk.domain.records.Disposition.MAY_BE_FINAL.contains(
                    r.getStatus()))
        .filter(
            r ->
                r.getPurge().getPurgedAt().isEmpty()
                    && r.getSubmittedAt().isBefore(submittedBefore))
        .map(AccommodationRequest::getId)
        .filter(id -> id > afterId)
        .sorted()
        .limit(max)
        .toList();
  }

  @Override
  public List<AccommodationRequest> answersDueBetween(LocalDate from, LocalDate to) {
    return byId.values().stream()
        .filter(r -> r.getStatus() == RequestStatus.INFO_REQUESTED)
        .filter(r -> r.clock().answerBy() != null)
        .filter(r -> !r.clock().answerBy().isBefore(from) && !r.clock().answerBy().isAfter(to))
        .toList();
  }

  @Override
  public List<AccommodationRequest> appealableDecidedBetween(Instant from, Instant to) {
    return byId.values().stream()
        .filter(r -> RequestStatus.APPEALABLE.contains(r.getStatus()))
        .filter(r -> r.outcomes().getDecidedAt().isPresent())
        .filter(
            r ->
                !r.outcomes().getDecidedAt().get().isBefore(from)
                    && r.outcomes().getDecidedAt().get().isBefore(to))
        .toList();
  }

  @Override
  public List<AccommodationRequest> approvalsEndingBetween(LocalDate from, LocalDate to) {
    return byId.values().stream()
        .filter(r -> r.getStatus().isApproval() && r.asked().getEndDate() != null)
        .filter(r -> !r.asked().getEndDate().isBefore(from) && !r.asked().getEndDate().isAfter(to))
        .toList();
  }

  @Override
  public List<Long> approvalsEndedBefore(LocalDate today, int max) {
    return byId.values().stream()
        .filter(r -> r.getStatus().isApproval() && r.asked().getEndDate() != null)
        .filter(r -> r.asked().getEndDate().isBefore(today))
        .map(AccommodationRequest::getId)
        .sorted()
        .limit(max)
        .toList();
  }

  @Override
  public long countOpenToAppealBy(String requester, java.time.Instant since) {
    return byId.values().stream()
        .filter(r -> r.isRequestedBy(requester))
        .filter(r -> RequestStatus.APPEALABLE.contains(r.getStatus()))
        .filter(r -> r.outcomes().getDecidedAt().map(d -> !d.isBefore(since)).orElse(false))
        .filter(
            r -> r.outcomes().getAppealedAt().isEmpty() && r.outcomes().getAcceptedAt().isEmpty())
        .count();
  }

  @Override
  public long countAwaitingConfirmationBy(String requester) {
    return byId.values().stream()
        .filter(r -> r.isRequestedBy(requester))
        .filter(r -> r.getStatus().isOpen() && r.awaitsConfirmation())
        .count();
  }

  @Override
  public List<Long> owingDelayNotice(LocalDate today, int max) {
    return byId.values().stream()
        .filter(r -> r.getStatus().isOpen() && r.clock().owesDelayNotice(today))
        .map(AccommodationRequest::getId)
        .sorted()
        .limit(max)
        .toList();
  }

  @Override
  public List<Long> interimEndedBefore(LocalDate today, int max) {
    return byId.values().stream()
        .filter(
            r ->
                r.caseRecord().getInterim().inForce()
                    && r.caseRecord().getInterim().getUntil().isBefore(today))
        .map(AccommodationRequest::getId)
        .sorted()
        .limit(max)
        .toList();
  }

  @Override
  public List<Long> renewalsOf(long originalId) {
    return byId.values().stream()
        .filter(r -> r.getRenewalOf().orElse(-1L) == originalId)
        .filter(r -> r.getStatus() != RequestStatus.WITHDRAWN)
        .map(AccommodationRequest::getId)
        .toList();
  }

  @Override
  public long countOverdue(LocalDate today) {
    return byId.values().stream()
        .filter(r -> r.clock().hrDue() != null && r.clock().hrDue().isBefore(today))
        .count();
  }

  @Override
  public List<Long> withoutClock(int max) {
    return byId.values().stream()
        .filter(r -> !(boolean) Fields.get(Fields.get(r, "clock"), "upToDate"))
        .map(AccommodationRequest::getId)
        .sorted()
        .limit(max)
        .toList();
  }

  @Override
  public int forgetClocksOfOpen() {
    List<AccommodationRequest> open =
        byId.values().stream().filter(r -> r.getStatus().isOpen()).toList();
    open.forEach(r -> Fields.set(Fields.get(r, "clock"), "upToDate", false));
    return open.size();
  }

  @Override
  public Map<RequestStatus, Long> countByStatus() {
    Map<RequestStatus, Long> counts = new EnumMap<>(RequestStatus.class);
    for (AccommodationRequest r : byId.values()) {
      counts.merge(r.getStatus(), 1L, Long::sum);
    }
    return counts;
  }

  @Override
  public Map<String, Long> openByAssignee() {
    Map<String, Long> counts = new TreeMap<>();
    for (AccommodationRequest r : byId.values()) {
      if (r.getAssignedReviewer() != null
          && (r.getStatus() == RequestStatus.SUBMITTED
              || r.getStatus() == RequestStatus.APPEALED
              || r.getStatus() == RequestStatus.IN_REVIEW
              || r.getStatus() == RequestStatus.INFO_REQUESTED)) {
        counts.merge(r.getAssignedReviewer(), 1L, Long::sum);
      }
    }
    return counts;
  }

  @Override
  public List<AccommodationRequest> sharedWithUnion(int first, int max) {
    List<AccommodationRequest> shared = new ArrayList<>();
    byId.values().stream().filter(AccommodationRequest::isSharedWithUnion).forEach(shared::add);
    shared.sort(Comparator.comparing(AccommodationRequest::getSubmittedAt).reversed());
    return shared.stream().skip(first).limit(max).toList();
  }

  @Override
  public long countSharedWithUnion() {
    return byId.values().stream().filter(AccommodationRequest::isSharedWithUnion).count();
  }
}
