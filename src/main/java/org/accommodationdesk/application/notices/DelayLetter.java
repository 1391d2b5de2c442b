package org.accommodationdesk.application.notices;

import java.time.LocalDate;

/**
 * What the written notice of a delay says, as data: the request was not decided within the hard
 * limit; why (the reason HR recorded, in {@code language}; null when HR recorded none) and when a
 * decision is expected (null when HR gave no date). No medical details.
 *
 * @param filedOn the day the request (or the appeal) was filed: the clock's start
 * @param hardLimitDays the business days the hard limit allows
 * @param hardLimit the last day of the hard limit
 */
public record DelayLetter(
    long requestId,
    String language,
    String employeeName,
    LocalDate writtenOn,
    boolean onAppeal,
    LocalDate filedOn,
    int hardLimitDays,
    LocalDate hardLimit,
    String reasonName,
    LocalDate expectedBy) {}
