package org.accommodationdesk.application;

import java.util.List;

/** One page of a longer list, with the size of the whole list. */
public record PageResult<T>(List<T> items, long total) {}
