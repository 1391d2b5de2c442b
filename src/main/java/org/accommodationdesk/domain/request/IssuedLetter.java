package org.accommodationdesk.domain.request;

import java.time.Instant;

/**
 * A letter as listed with its case, without its content: what kind of letter, for a decision's
 * which decision (the first one or the one on appeal) with which outcome, in which language and
 * when.
 *
 * @param decisionId null unless a decision's letter
 * @param stage null unless a decision's letter
 * @param outcome null unless a decision's letter
 */
public record IssuedLetter(
    long id,
    LetterKind kind,
    Long decisionId,
    DecisionStage stage,
    DecisionOutcome outcome,
    String language,
    Instant issuedAt) {}
