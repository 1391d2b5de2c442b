package org.accommodationdesk.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.accommodationdesk.application.reference.ReferenceNames;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Dates and times in the user's language and the organisation's time zone ({@code #{fmt}}). */
@Named("fmt")
@ApplicationScoped
public class FormatBacking {
  @Inject
  @ConfigProperty(name = "accommodationdesk.zone", defaultValue = "America/Chicago")
  private String zone;

  @Inject private ReferenceNames referenceNames;
  @Inject private java.time.Clock clock;

  /** A bundle text with one value filled in, where a component attribute needs it as a string. */
  public String text(String key, Object value) {
    return Messages.text(FacesContext.getCurrentInstance(), key, value);
  }

  /** A bundle text with two values filled in. */
  public String text2(String key, Object first, Object second) {
    return Messages.text(FacesContext.getCurrentInstance(), key, first, second);
  }

  /** A denial reason's name in the reader's language. */
  public String denialReason(String code) {
    return referenceNames.denialReason(
        code, FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
  }

  /** The name of a reason of one of the lists (a delay's), in the page's language. */
  public String reason(String code) {
    return referenceNames.reason(
        code, FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
  }

  /** A work location's name. */
  public String location(String code) {
    return referenceNames.location(code);
  }

  /** A job class's name in the reader's language. */
  public String jobClass(String code) {
    return referenceNames.jobClass(
        code, FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
  }

  /** This moment, as {@link #dateTime} writes it (a printed page says when it was printed). */
  public String now() {
    return dateTime(clock.instant());
  }

  public String dateTime(Instant instant) {
    if (instant == null) {
      return "";
    }
    // with the time zone's name: a time read in another zone (a union office, a laptop abroad) is
    // not mistaken for local
    return new java.time.format.DateTimeFormatterBuilder()
        .appendLocalized(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .appendLiteral(' ')
        .appendZoneText(java.time.format.TextStyle.SHORT)
        .toFormatter(FacesContext.getCurrentInstance().getViewRoot().getLocale())
        .withZone(ZoneId.of(zone))
        .format(instant);
  }

  public String date(LocalDate date) {
    if (date == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
        .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
        .format(date);
  }

  /** A date kept as data in the history (ISO, YYYY-MM-DD), in the reader's language. */
  public String isoDate(String iso) {
    try {
      return iso == null ? "" : date(LocalDate.parse(iso));
    } catch (java.time.format.DateTimeParseException e) {
      return iso;
    }
  }

  public String instantDate(Instant instant) {
    return instant == null ? "" : date(LocalDate.ofInstant(instant, ZoneId.of(zone)));
  }

  /** Whole days since the instant. */
  public long ageDays(Instant instant) {
    return instant == null ? 0 : Duration.between(instant, clock.instant()).toDays();
  }

  /** A size in kB or MB. */
  public String size(long bytes) {
    return bytes >= 1024 * 1024
        ? String.format("%.1f MB", bytes / (1024.0 * 1024.0))
        : Math.max(1, bytes / 1024) + " kB";
  }
}
