/**
 * The case: the accommodation request aggregate, its workflow and the rules it guards, accounts and
 * reference data, and the repository interfaces. No Jakarta EE here but JPA mapping.
 */
package org.accommodationdesk.domain;
