package org.accommodationdesk.infrastructure.startup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.accommodationdesk.infrastructure.persistence.DataSourceConfiguration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date with Flyway before the application serves anything, then
 * seeds demo data when demo mode is on. A failed migration fails the deployment.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ApplicationStartup {
  private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  private DataSource dataSource;

  private String databaseProduct() {
    try (java.sql.Connection c = dataSource.getConnection()) {
      return c.getMetaData().getDatabaseProductName();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("The database cannot be reached: " + e.getMessage(), e);
    }
  }

  @Inject
  @ConfigProperty(name = "accommodationdesk.demo", defaultValue = "false")
  private boolean demo;

  @Inject private DemoData demoData;

  @jakarta.ejb.EJB
  private org.accommodationdesk.infrastructure.crypto.KeyMaintenance keyMaintenance;

  @Inject private org.accommodationdesk.infrastructure.crypto.LedgerKeys ledgerKeys;
  @Inject private AdminBootstrap adminBootstrap;
  @Inject private org.accommodationdesk.application.deadlines.CaseDeadlines deadlines;
  @Inject private ClockKeeper clockKeeper;
  @Inject private DailyScheduler dailyScheduler;
  @Inject private LedgerScheduler ledgerScheduler;
  @Inject private org.accommodationdesk.application.accounts.SignInRevocations revocations;
  @Inject private org.accommodationdesk.infrastructure.mail.MailOutbox mailOutbox;
  @jakarta.ejb.EJB private org.accommodationdesk.infrastructure.persistence.StatisticsCubes cubes;

  /**
   * The EJB container logs every refused or failed call as a WARNING with the exception's message
   * and 70 lines of stack: a 403 is not worth that, and a message can carry request text. The
   * application logs its own unexpected failures ({@code FailureLog}); the container keeps only
   * SEVERE. Held here so that the setting is not collected with an unreferenced logger.
   */
  private static final Logger EJB_CONTAINER = Logger.getLogger("jakarta.enterprise.ejb.container");

  @PostConstruct
  void start() {
    EJB_CONTAINER.setLevel(java.util.logging.Level.SEVERE);
    if (!java.util.TimeZone.getDefault().getID().equals("UTC")) {
      // timestamps are kept without a zone, through the JVM's: in a zone with summer time, the
      // hour that repeats in the autumn reads back an hour off, and the seals over it fail
      LOG.warning(
          "This JVM runs in "
              + java.util.TimeZone.getDefault().getID()
              + ", not UTC: start every node with -Duser.timezone=UTC (docs/operations.md, Keys)");
    }
    MigrateResult result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations(MigrationLocations.of(databaseProduct()))
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
    deadlines.check();
    keyMaintenance.check();
    int rewrapped = drain(keyMaintenance::rewrapBatch);
    int encrypted = drain(keyMaintenance::encryptBatch);
    if (rewrapped + encrypted > 0) {
      LOG.info(
          () ->
              "Document keys rewrapped under the current master key: "
                  + rewrapped
                  + "; documents stored in the clear now encrypted: "
                  + encrypted);
    }
    ledgerKeys.check();
    if (demo) {
      demoData.seedIfEmpty();
    }
    adminBootstrap.runIfConfigured();
    cubes.buildIfNeeded();
    clockKeeper.catchUp();
    revocations.start();
    mailOutbox.start();
    dailyScheduler.start();
    ledgerScheduler.start();
  }

  private static int drain(java.util.function.IntSupplier batch) {
    int done = 0;
    for (int n = batch.getAsInt(); n > 0; n = batch.getAsInt()) {
      done += n;
    }
    return done;
  }
}
