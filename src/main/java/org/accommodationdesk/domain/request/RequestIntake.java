package org.accommodationdesk.domain.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.accommodationdesk.domain.reference.JobClass;
import org.accommodationdesk.domain.reference.WorkLocation;

/**
 * How a request comes into being (the aggregate's factory): an employee files it, renews an
 * approval, or someone files it for them. Each way checks everything it is given and names every
 * problem at once; the new request's first history entry says who filed it.
 */
public final class RequestIntake {
  /** How long before an approval ends its employee may ask to renew it. */
  public static final int RENEWAL_WINDOW_DAYS = 30;

  private RequestIntake() {}

  /**
   * An employee files a request, with no date it is needed by.
   *
   * @throws InvalidInputException naming every problem with the details
   */
  public static AccommodationRequest submit(
      String requester,
      RequestDetails details,
      WorkLocation workLocation,
      JobClass jobClass,
      Instant now) {
    return submit(requester, details, Urgency.NONE, workLocation, jobClass, null, now);
  }

  /**
   * An employee files a request, possibly with the date it is needed by (on {@code today}, the
   * organisation's date of {@code now}; only read when a date is given).
   *
   * @throws InvalidInputException naming every problem with the details and the date
   */
  public static AccommodationRequest submit(
      String requester,
      RequestDetails details,
      Urgency urgency,
      WorkLocation workLocation,
      JobClass jobClass,
      LocalDate today,
      Instant now) {
    return file(requester, details, urgency, workLocation, jobClass, today, now, null);
  }

  /**
   * An employee asks to renew an approval that ends within {@link #RENEWAL_WINDOW_DAYS} days or has
   * ended: a request of its own, linked to the original.
   *
   * @throws InvalidInputException when the original may not be renewed by this employee now
   */
  public static AccommodationRequest renewal(
      AccommodationRequest original,
      String requester,
      RequestDetails details,
      Urgency urgency,
      WorkLocation workLocation,
      JobClass jobClass,
      LocalDate today,
      Instant now) {
    if (!original.renewableBy(requester, today)) {
      throw InvalidInputException.of(
          "renewalOf",
          "request "
              + original.getId()
              + " cannot be renewed: only your own approval with an end date, from "
              + RENEWAL_WINDOW_DAYS
              + " days before it ends");
    }
    return file(requester, details, urgency, workLocation, jobClass, today, now, original.getId());
  }

  /**
   * Someone files a request for an employee ({@code requester}): an HR reviewer entering a paper or
   * telephone request, or a union rep with the employee's consent. The employee is its requester
   * from the start; the history names who filed it. Until the employee confirms it, its decision
   * clock waits and HR neither reads its documents nor acts on it.
   *
   * @throws InvalidInputException naming every problem with the details, the date and the consent;
   *     or when someone files for themself
   */
  public static AccommodationRequest fileFor(
      String requester,
      Actor filedBy,
      ProxyFiling.FiledAs filedAs,
      String consent,
      RequestDetails details,
      Urgency urgency,
      WorkLocation workLocation,
      JobClass jobClass,
      LocalDate today,
      Instant now) {
    Objects.requireNonNull(filedBy, "filedBy");
    Objects.requireNonNull(filedAs, "filedAs");
    if (filedBy.username().equals(requester)) {
      throw new InvalidInputException(
          List.of(
              new FieldError(
                  "employee",
                  "employee.self",
                  "you cannot file for yourself here: use the new request page")));
    }
    FieldErrors errors = problems(requester, details, urgency, workLocation, jobClass, today, now);
    errors.addAll(ProxyFiling.problems(filedAs, consent));
    errors.throwIfAny();
    AccommodationRequest r =
        new AccommodationRequest(requester, details, urgency, workLocation, jobClass, now);
    r.filed(filedBy.username(), ProxyFiling.by(filedBy.username(), filedAs, consent), null, now);
    return r;
  }

  private static AccommodationRequest file(
      String requester,
      RequestDetails details,
      Urgency urgency,
      WorkLocation workLocation,
      JobClass jobClass,
      LocalDate today,
      Instant now,
      Long renews) {
    problems(requester, details, urgency, workLocation, jobClass, today, now).throwIfAny();
    AccommodationRequest r =
        new AccommodationRequest(requester, details, urgency, workLocation, jobClass, now);
    r.filed(requester, ProxyFiling.none(), renews, now);
    return r;
  }

  private static FieldErrors problems(
      String requester,
      RequestDetails details,
      Urgency urgency,
      WorkLocation workLocation,
      JobClass jobClass,
      LocalDate today,
      Instant now) {
    Objects.requireNonNull(requester, "requester");
    Objects.requireNonNull(details, "details");
    Objects.requireNonNull(urgency, "urgency");
    Objects.requireNonNull(now, "now");
    FieldErrors errors = details.problems();
    if (urgency != Urgency.NONE) {
      errors.addAll(urgency.problems(Objects.requireNonNull(today, "today")));
    }
    errors.require(workLocation != null, "workLocation", "is required");
    errors.require(jobClass != null, "jobClass", "is required");
    return errors;
  }
}
