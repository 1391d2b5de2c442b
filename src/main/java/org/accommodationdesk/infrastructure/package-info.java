/**
 * Technical adapters: JPA repositories, the data source and its Flyway migrations, the identity
 * store and authentication mechanism, demo data, health checks.
 */
package org.accommodationdesk.infrastructure;
