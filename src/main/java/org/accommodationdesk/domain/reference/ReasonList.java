package org.accommodationdesk.domain.reference;

import java.util.Locale;
import java.util.Optional;

/**
 * The lists of reasons administrators keep beside the denial reasons, each a list of codes with
 * English and Spanish names that the case record stores as data (issue 23's reporting record).
 */
public enum ReasonList {
  /**
   * Why a decision was not made within its time frame. A reason that is a delay of the decider's
   * own making (workload, absence) is not acceptable: the record counts it as such.
   */
  DELAY,
  /** Why HR asked the employee for medical information. */
  MEDICAL_INFORMATION,
  /** Sources of technical assistance HR consulted (the Job Accommodation Network...). */
  ASSISTANCE;

  /** The list's name in addresses: lower case, dashes ({@code delay}). */
  public String pathName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The list named so in an address; empty when there is none. */
  public static Optional<ReasonList> ofPathName(String name) {
    for (ReasonList list : values()) {
      if (list.pathName().equals(name)) {
        return Optional.of(list);
      }
    }
    return Optional.empty();
  }
}
