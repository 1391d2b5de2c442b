package org.accommodationdesk.application.consistency;

import java.time.Instant;
import java.util.List;

/** A saved what-if policy as shown; {@code changeable}: whether the caller's side may change it. */
public record PolicyView(
    long id,
    long version,
    String name,
    String side,
    String createdBy,
    Instant changedAt,
    List<WhatIfReport.RuleView> rules,
    boolean changeable)
    implements java.io.Serializable {}
