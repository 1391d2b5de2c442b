package org.accommodationdesk.domain.request;

import java.time.Instant;

/**
 * A letter as listed with its case, without its content: which decision it was issued for (the
 * first one or the one on appeal), with which outcome, in which language and when.
 */
public record IssuedLetter(
    long id,
    long decisionId,
    DecisionStage stage,
    DecisionOutcome outcome,
    String language,
    Instant issuedAt) {}
