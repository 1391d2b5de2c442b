package org.accommodationdesk.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one data source. Every value comes from MicroProfile Config, so production sets {@code
 * DB_URL}, {@code DB_USER}, {@code DB_PASSWORD} and {@code DB_DRIVER} as environment variables; the
 * default is an embedded H2 file database under {@code ./data/}.
 */
@DataSourceDefinition(
    name = DataSourceConfiguration.JNDI_NAME,
    className = "${MPCONFIG=db.driver:org.h2.Driver}",
    url =
        "${MPCONFIG=db.url:jdbc:h2:file:./data/accommodationdesk;LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0}",
    user = "${MPCONFIG=db.user:sa}",
    password = "${MPCONFIG=db.password:}",
    minPoolSize = 2,
    maxPoolSize = 32)
@ApplicationScoped
public class DataSourceConfiguration {
  public static final String JNDI_NAME = "java:app/jdbc/accommodationdesk";
}
