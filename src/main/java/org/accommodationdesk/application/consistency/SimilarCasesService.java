package org.accommodationdesk.application.consistency;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accommodationdesk.application.accounts.CurrentUser;
import org.accommodationdesk.application.consistency.ConsistencyQueries.AlikePair;
import org.accommodationdesk.application.requests.RequestAccess;
import org.accommodationdesk.application.stats.StatsFilter;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.account.UserAccountRepository;
import org.accommodationdesk.domain.analysis.ConsistencyReview;
import org.accommodationdesk.domain.analysis.ConsistencyReviewRepository;
import org.accommodationdesk.domain.reference.ServedLocations;
import org.accommodationdesk.domain.request.AccommodationRequest;
import org.accommodationdesk.domain.request.Decision;
import org.accommodationdesk.domain.request.DecisionStage;
import org.accommodationdesk.domain.request.FieldErrors;
import org.accommodationdesk.domain.request.InvalidInputException;
import org.accommodationdesk.domain.request.RequestRepository;

/**
 * Similar cases, different outcomes (issue 26), for HR leads: alike requests decided differently by
 * different reviewers, ranked by how alike they are, each pair linking to both cases; a pair marked
 * reviewed with a note kept in both requests' histories (HR only). Only pairs whose two requests
 * the HR lead may see are listed.
 */
@Stateless
@RolesAllowed(Role.HR_LEAD)
public class SimilarCasesService {
  /** Requests filed further apart than this are not compared. */
  public static final int WITHIN_DAYS = 90;

  /** Pairs read from the database before ranking. */
  static final int CANDIDATES = 2000;

  @Inject private ConsistencyQueries queries;
  @Inject private ConsistencyReviewRepository reviews;
  @Inject private RequestRepository requests;
  @Inject private RequestAccess access;
  @Inject private CurrentUser currentUser;
  @Inject private UserAccountRepository accounts;
  @Inject private Clock clock;

  /** A pair as listed: both requests, what makes them alike, and whether it was reviewed. */
  public record PairView(
      long first,
      long second,
      String category,
      String arrangement,
      String jobClass,
      String location,
      String firstOutcome,
      String secondOutcome,
      String firstDecider,
      String secondDecider,
      Integer firstDays,
      Integer secondDays,
      Instant firstSubmitted,
      Instant secondSubmitted,
      int score,
      long daysApart,
      List<String> likeness,
      String reviewedBy,
      Instant reviewedAt)
      implements java.io.Serializable {}

  /** Refuses, before anything else, whoever is not an HR lead (the API parses after). */
  public void mayAsk() {
    // the class's role check is the whole of it
  }

  /**
   * The most alike pairs of the filter's requests with different outcomes, at most {@code limit} (1
   * to 200).
   */
  public List<PairView> pairs(StatsFilter filter, int limit) {
    if (limit < 1 || limit > 200) {
      throw InvalidInputException.of("limit", "must be from 1 to 200");
    }
    filter.checkFor(false);
    ServedLocations served = access.servedLocations();
    List<AlikePair> candidates =
        queries.alikeWithDifferentOutcomes(filter, served.codes(), WITHIN_DAYS, CANDIDATES).stream()
            .filter(p -> served.serves(p.location()))
            .toList();
    List<SimilarCases.Scored> ranked = SimilarCases.ranked(candidates);
    ranked = ranked.subList(0, Math.min(limit, ranked.size()));
    Set<Long> firsts = new HashSet<>();
    Set<String> deciders = new HashSet<>();
    for (SimilarCases.Scored s : ranked) {
      firsts.add(s.pair().first());
      deciders.add(s.pair().firstDecider());
      deciders.add(s.pair().secondDecider());
    }
    Map<String, ConsistencyReview> reviewed = new HashMap<>();
    for (ConsistencyReview r : reviews.forFirst(firsts)) {
      reviewed.put(r.getFirstRequest() + "-" + r.getSecondRequest(), r);
    }
    Map<String, String> names = accounts.displayNames(deciders);
    List<PairView> views = new ArrayList<>();
    for (SimilarCases.Scored s : ranked) {
      AlikePair p = s.pair();
      ConsistencyReview r = reviewed.get(p.first() + "-" + p.second());
      views.add(
          new PairView(
              p.first(),
              p.second(),
              p.category(),
              p.arrangement(),
              p.jobClass(),
              p.location(),
              p.firstOutcome().name(),
              p.secondOutcome().name(),
              names.getOrDefault(p.firstDecider(), p.firstDecider()),
              names.getOrDefault(p.secondDecider(), p.secondDecider()),
              p.firstDays(),
              p.secondDays(),
              p.firstSubmitted(),
              p.secondSubmitted(),
              s.score(),
              s.daysApart(),
              s.likeness().stream().map(Enum::name).toList(),
              r == null ? null : names.getOrDefault(r.getReviewedBy(), r.getReviewedBy()),
              r == null ? null : r.getReviewedAt()));
    }
    return views;
  }

  /**
   * Marks a pair reviewed: the note goes into both requests' histories (HR only), the pair is kept
   * as reviewed, once.
   *
   * @throws InvalidInputException when the two are not an alike pair with different outcomes, when
   *     the pair was already marked, or the note is missing
   * @throws org.accommodationdesk.domain.request.RequestNotFoundException when either request is
   *     not one the HR lead may see
   */
  public void markReviewed(Long one, Long other, String note) {
    // (a pair marked is alike by the rule below; filed further apart than the list's window is
    // allowed: the HR lead compared them on purpose)
    FieldErrors errors = new FieldErrors();
    errors.require(one != null, "first", "give the first request's number");
    errors.require(other != null, "second", "give the second request's number");
    errors.throwIfAny();
    if (one.equals(other)) {
      throw InvalidInputException.of("second", "name two different requests");
    }
    AccommodationRequest a = access.visible(Math.min(one, other));
    AccommodationRequest b = access.visible(Math.max(one, other));
    if (!alikeWithDifferentOutcomes(a, b)) {
      throw InvalidInputException.of(
          "second",
          "the two requests are not alike (category, arrangement, job class, location) with"
              + " different first decisions by different reviewers");
    }
    reviews
        .find(a.getId(), b.getId())
        .ifPresent(
            r -> {
              throw InvalidInputException.of(
                  "second", "this pair was already marked reviewed on " + r.getReviewedAt());
            });
    Instant now = clock.instant();
    a.caseRecord().recordConsistencyReview(currentUser.actor(), b.getId(), note, now);
    b.caseRecord().recordConsistencyReview(currentUser.actor(), a.getId(), note, now);
    requests.store(a);
    requests.store(b);
    reviews.add(new ConsistencyReview(a.getId(), b.getId(), currentUser.username(), now));
  }

  static boolean alikeWithDifferentOutcomes(AccommodationRequest a, AccommodationRequest b) {
    Decision da = first(a);
    Decision db = first(b);
    return da != null
        && db != null
        && a.asked().getCategory() == b.asked().getCategory()
        && a.asked().getArrangement().getType() == b.asked().getArrangement().getType()
        && a.getJobClass().getCode().equals(b.getJobClass().getCode())
        && a.getWorkLocation().getCode().equals(b.getWorkLocation().getCode())
        && da.getOutcome() != db.getOutcome()
        && !da.getDecidedBy().equals(db.getDecidedBy());
  }

  private static Decision first(AccommodationRequest r) {
    return r.getDecisions().stream()
        .filter(d -> d.getStage() == DecisionStage.INITIAL)
        .findFirst()
        .orElse(null);
  }
}
