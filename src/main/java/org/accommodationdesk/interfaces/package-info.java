/**
 * What users and other systems talk to: the JSON API under {@code /api} (rest) and the Faces pages
 * (web). Each calls one application service and never a repository.
 */
package org.accommodationdesk.interfaces;
