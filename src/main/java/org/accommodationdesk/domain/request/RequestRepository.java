package org.accommodationdesk.domain.request;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where requests are kept. */
public interface RequestRepository {
  Optional<AccommodationRequest> find(long id);

  void add(AccommodationRequest request);

  /**
   * Writes the request's changes now, inside the current transaction.
   *
   * @throws ConcurrentUpdateException when someone else changed it first
   */
  void store(AccommodationRequest request);

  /** One page of requests matching the filter, in this order. */
  List<AccommodationRequest> search(RequestFilter filter, int first, int max, RequestOrder order);

  /** Requests waiting on the employee's answer, due between these days (both included). */
  List<AccommodationRequest> answersDueBetween(java.time.LocalDate from, java.time.LocalDate to);

  /**
   * Decisions in a status one may appeal, decided between these instants: the candidates; whether
   * each may still be appealed is the aggregate's {@code appealBy} (appealed or accepted ones may
   * not).
   */
  List<AccommodationRequest> appealableDecidedBetween(java.time.Instant from, java.time.Instant to);

  /**
   * How many of this employee's decisions they may still appeal or accept: decided since {@code
   * since} (the appeal window's opening), appealable, neither appealed nor accepted.
   */
  long countOpenToAppealBy(String requester, java.time.Instant since);

  /** How many open requests someone filed for this employee wait for them to confirm. */
  long countAwaitingConfirmationBy(String requester);

  /** Approvals whose arrangement ends between these days (both included). */
  List<AccommodationRequest> approvalsEndingBetween(
      java.time.LocalDate from, java.time.LocalDate to);

  /** Up to {@code max} approvals whose end date is before {@code today} (to expire). */
  List<Long> approvalsEndedBefore(java.time.LocalDate today, int max);

  /**
   * Open requests whose decision clock passed its hard limit before {@code today}, not paused, and
   * whose employee was not yet sent the notice of the delay: at most {@code max} ids, oldest first.
   */
  List<Long> owingDelayNotice(java.time.LocalDate today, int max);

  /** Requests with an interim arrangement in force whose last day is before {@code today}. */
  List<Long> interimEndedBefore(java.time.LocalDate today, int max);

  /** The renewals asked for this approval that were not withdrawn, by id. */
  List<Long> renewalsOf(long originalId);

  /** How many requests HR is late on, on {@code today}. */
  long countOverdue(java.time.LocalDate today);

  /**
   * Up to {@code max} requests, by id after {@code afterId}, that may be past their retention:
   * withdrawn, denied or expired, not purged, submitted before {@code submittedBefore} (a final
   * disposition comes after the submission; the exact rule is {@code Disposition}'s).
   */
  List<Long> purgeCandidates(java.time.Instant submittedBefore, long afterId, int max);

  /** Up to {@code max} requests whose clocks are to be set (again), by id. */
  List<Long> withoutClock(int max);

  /** Marks the clocks of every open request to be set again (the calendar changed). */
  int forgetClocksOfOpen();

  /** How many requests are in each status (statuses without any are left out). */
  Map<RequestStatus, Long> countByStatus();

  long count(RequestFilter filter);

  /** How many open requests (waiting or in review) each reviewer has been given. */
  java.util.Map<String, Long> openByAssignee();

  /** Requests their employees shared with the union, newest first. */
  List<AccommodationRequest> sharedWithUnion(int first, int max);

  /** How many requests are shared with the union. */
  long countSharedWithUnion();
}
