package org.accommodationdesk.bench.bare;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The bare stack for {@code ApiThroughputBenchmark}: Payara Micro, JAX-RS, one JPA insert into an
 * H2 file with the application's durable settings (or PostgreSQL), no security. What the
 * application's API is measured against.
 */
@ApplicationPath("api")
@DataSourceDefinition(
    name = "java:app/jdbc/bare",
    className = "${MPCONFIG=bare.db.driver:org.h2.Driver}",
    url = "${MPCONFIG=bare.db.url}",
    user = "${MPCONFIG=bare.db.user:sa}",
    password = "${MPCONFIG=bare.db.password:}")
public class BareApplication extends Application {}
