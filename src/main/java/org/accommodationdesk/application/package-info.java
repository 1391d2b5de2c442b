/**
 * Use cases: submit, review, decide, appeal, and the statistics queries. This layer holds the
 * transactions and the security (roles with {@code @RolesAllowed}, ownership checks) and hands out
 * read models, never managed entities.
 */
package org.accommodationdesk.application;
