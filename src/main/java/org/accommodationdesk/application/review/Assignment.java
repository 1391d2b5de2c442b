package org.accommodationdesk.application.review;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accommodationdesk.application.accounts.CurrentUser;
import org.accommodationdesk.application.reference.ReferenceItem;
import org.accommodationdesk.application.requests.CaseStep;
import org.accommodationdesk.application.requests.PageResult;
import org.accommodationdesk.application.requests.RequestAccess;
import org.accommodationdesk.application.requests.RequestViews;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.account.UserAccountRepository;
import org.accommodationdesk.domain.request.AccommodationRequest;
import org.accommodationdesk.domain.request.Action;
import org.accommodationdesk.domain.request.Actor;
import org.accommodationdesk.domain.request.AssignmentRefusal;
import org.accommodationdesk.domain.request.FieldErrors;
import org.accommodationdesk.domain.request.InvalidInputException;
import org.accommodationdesk.domain.request.RequestRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Giving requests to reviewers: an HR lead (or, when so configured, any reviewer) assigns a batch,
 * all or nothing; the team's workload and the reviewers to choose from.
 */
@Stateless
@DeclareRoles({Role.EMPLOYEE, Role.REVIEWER, Role.UNION_REP, Role.ADMIN})
public class Assignment {
  @Inject private RequestRepository requests;
  @Inject private UserAccountRepository accounts;
  @Inject private CurrentUser currentUser;
  @Inject private RequestAccess access;
  @Inject private Clock clock;
  @Inject private Event<CaseStep> steps;
  @Inject private RequestViews views;

  /** Who assigns requests to reviewers: HR leads ("hr-lead", the default) or any reviewer. */
  @Inject
  @ConfigProperty(name = "accommodationdesk.assignment.by", defaultValue = "hr-lead")
  private String assignmentBy;

  /**
   * An HR lead (or, when so configured, any reviewer) gives requests to a reviewer, all or nothing:
   * each must be visible to the caller, waiting or in review, and one the reviewer may decide (an
   * active reviewer serving its location, not its requester, not the first decider of an appeal).
   * The reviewer is told by a notice.
   *
   * @return how many requests changed hands (one already theirs does not count)
   */
  @RolesAllowed(Role.REVIEWER)
  public int assign(List<Long> ids, String reviewer) {
    if (!mayAssign()) {
      throw new org.accommodationdesk.domain.request.ActionNotPermittedException(
          "Only an HR lead may assign requests.");
    }
    if (ids == null || ids.isEmpty() || ids.size() > PageResult.MAX_SIZE) {
      throw InvalidInputException.of(
          "requests", "give 1 to " + PageResult.MAX_SIZE + " request numbers");
    }
    if (ids.stream().distinct().count() != ids.size()) {
      throw InvalidInputException.of("requests", "names a request more than once");
    }
    ReviewerPool pool = views.reviewerPool();
    if (reviewer == null || !pool.active().contains(reviewer)) {
      throw InvalidInputException.of("reviewer", "is not an active reviewer");
    }
    List<AccommodationRequest> batch = new ArrayList<>();
    FieldErrors refused = new FieldErrors();
    for (long id : ids) {
      AccommodationRequest request = access.visible(id);
      batch.add(request);
      Optional<AssignmentRefusal> why = request.assignmentRefusal(reviewer);
      if (why.isEmpty() && !pool.mayTake(reviewer, request)) {
        why = Optional.of(AssignmentRefusal.NOT_SERVED);
      }
      // every request refused is named, with its reason, and nothing changes
      why.ifPresent(
          w -> refused.add("requests[" + id + "]", w.code(), "request " + id + ": " + w.words()));
    }
    refused.throwIfAny();
    Actor actor = currentUser.actor();
    Instant now = clock.instant();
    int changed = 0;
    for (AccommodationRequest request : batch) {
      String before = request.getAssignedReviewer();
      if (!request.assign(actor, reviewer, now)) {
        continue;
      }
      requests.store(request);
      steps.fire(new CaseStep(request, Action.ASSIGN, before));
      changed++;
    }
    return changed;
  }

  /** Open requests (waiting or in review) given to each reviewer: the team's workload. */
  @RolesAllowed(Role.REVIEWER)
  public Map<String, Long> workload() {
    return requests.openByAssignee();
  }

  /** Whether the caller may assign requests ({@link #assign}). */
  @RolesAllowed(Role.REVIEWER)
  public boolean mayAssign() {
    return "any-reviewer".equals(assignmentBy)
        || accounts.activeWithRole(Role.HR_LEAD).contains(currentUser.username());
  }

  /** The active reviewers by name (code: user name), for choosing whom to give requests to. */
  @RolesAllowed(Role.REVIEWER)
  public List<ReferenceItem> reviewers() {
    List<String> active = accounts.activeReviewers();
    Map<String, String> names = accounts.displayNames(active);
    return active.stream()
        .map(u -> new ReferenceItem(u, names.getOrDefault(u, u)))
        .sorted(java.util.Comparator.comparing(ReferenceItem::name))
        .toList();
  }
}
