package org.accommodationdesk.it.testclock;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The application as built, with a clock that tests move ({@link ShiftedClock}) and the daily work
 * checked every second, so that the timer itself, not a call from the test, runs each day's work.
 */
public final class TestClockDeployment {
  private TestClockDeployment() {}

  private static final String CONFIG = "/WEB-INF/classes/META-INF/microprofile-config.properties";

  /** The packaged WAR with the test clock and {@code extraConfig} appended to its settings. */
  public static WebArchive war(String extraConfig) throws IOException {
    WebArchive war =
        ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/accommodation-desk.war"));
    String properties =
        Files.readString(Path.of("src/main/resources/META-INF/microprofile-config.properties"))
            + "\naccommodationdesk.schedule.check-seconds=1\n"
            + "accommodationdesk.schedule.first-check-seconds=1\n"
            + extraConfig;
    war.delete(CONFIG);
    war.add(new StringAsset(properties), CONFIG);
    war.addClasses(ShiftedClock.class, TestClockResource.class);
    return war;
  }

  /** The same WAR as a file, for tests that start Payara Micro themselves (the cluster test). */
  public static Path exportTo(Path file, String extraConfig) throws IOException {
    war(extraConfig).as(ZipExporter.class).exportTo(file.toFile(), true);
    return file;
  }
}
