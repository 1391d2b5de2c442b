/**
 * How long records are kept: the retention schedule, when a request's disposition became final, and
 * legal holds that keep records past their time.
 */
package org.accommodationdesk.domain.records;
