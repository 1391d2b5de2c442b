package org.accommodationdesk.application.notices;

import java.time.LocalDate;
import org.accommodationdesk.application.requests.RequestView.ArrangementView;

/**
 * What the letter of an interim arrangement says, as data: a temporary arrangement applies from
 * {@code from} to {@code until} while the request waits; it is not a decision and ends when the
 * request is decided or on its last day. No medical details.
 */
public record InterimLetter(
    long requestId,
    String language,
    String employeeName,
    LocalDate writtenOn,
    ArrangementView arrangement,
    LocalDate from,
    LocalDate until,
    String grantedByName) {}
