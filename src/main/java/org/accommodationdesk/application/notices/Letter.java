package org.accommodationdesk.application.notices;

import java.time.LocalDate;
import org.accommodationdesk.application.requests.RequestView.ArrangementView;

/**
 * What a decision letter says, as data; the renderer puts it into words in {@code language}. No
 * medical details: what was asked for, what was decided and why, and what the employee can do.
 *
 * @param onAppeal whether this decides an appeal (final)
 * @param outcome APPROVED, APPROVED_WITH_CHANGES or DENIED
 * @param granted the arrangement granted (null when denied)
 * @param reasonName the denial reason in {@code language} (null unless denied)
 * @param explanation the reviewer's explanation or conditions, as written (may be null)
 * @param appealBy the last day to appeal (null when it cannot be appealed)
 */
public record Letter(
    long requestId,
    String language,
    String employeeName,
    LocalDate decidedOn,
    boolean onAppeal,
    String outcome,
    String category,
    ArrangementView requested,
    LocalDate startDate,
    LocalDate endDate,
    ArrangementView granted,
    String reasonName,
    String explanation,
    LocalDate appealBy,
    String deciderName) {}
