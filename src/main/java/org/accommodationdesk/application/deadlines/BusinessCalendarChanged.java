package org.accommodationdesk.application.deadlines;

/**
 * The holidays changed: the clocks of open requests are to be set again once the change commits.
 */
public record BusinessCalendarChanged() {}
