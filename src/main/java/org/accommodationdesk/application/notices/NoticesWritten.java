package org.accommodationdesk.application.notices;

/** Notices with mail were written: once the transaction commits, the outbox may send them. */
public record NoticesWritten() {}
