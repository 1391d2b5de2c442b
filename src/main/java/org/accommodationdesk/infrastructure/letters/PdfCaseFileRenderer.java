package org.accommodationdesk.infrastructure.letters;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.accommodationdesk.application.notices.CaseFile;
import org.accommodationdesk.application.notices.CaseFileRenderer;
import org.accommodationdesk.application.requests.RequestView;
import org.accommodationdesk.application.requests.RequestView.ArrangementView;
import org.accommodationdesk.application.requests.RequestView.DecisionView;
import org.accommodationdesk.application.requests.RequestView.HistoryView;
import org.accommodationdesk.infrastructure.letters.TaggedPdf.Block;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The case file's own document as a tagged PDF (the same layout as the letters): who exported it,
 * when and why; the request's details; every decision; the whole history with the actors' names;
 * what is enclosed. Words from the message bundle, in English, the record's language; times in the
 * organisation's time zone.
 */
@ApplicationScoped
public class PdfCaseFileRenderer implements CaseFileRenderer {
  private static final Locale LANGUAGE = Locale.ENGLISH;

  @Inject
  @ConfigProperty(name = "accommodationdesk.zone", defaultValue = "America/Chicago")
  private String zone;

  private TaggedPdf pdf;

  public PdfCaseFileRenderer() {
    // for CDI
  }

  /** A renderer outside the container (tests). */
  PdfCaseFileRenderer(String zone) {
    this.zone = zone;
    load();
  }

  @PostConstruct
  void load() {
    pdf = TaggedPdf.load();
  }

  @Override
  public byte[] render(CaseFile file) {
    ResourceBundle w = ResourceBundle.getBundle(PdfLetterRenderer.BUNDLE, LANGUAGE);
    RequestView r = file.request();
    String title = "Case file of request #" + r.id();
    List<Block> b = new ArrayList<>();
    b.add(Block.h1(title));
    b.add(
        Block.p(
            "Exported by "
                + who(file, file.exportedBy())
                + " on "
                + time(file.exportedAt())
                + ". Reason: "
                + file.reason()));
    b.add(
        Block.p(
            "Confidential: this file holds medical information. Keep it apart from personnel"
                + " files and share it only with those who need to know."));

    b.add(Block.h2(w.getString("case.details")));
    line(b, w.getString("field.status"), w.getString("status." + r.status()));
    line(b, w.getString("field.category"), w.getString("category." + r.category()));
    line(b, w.getString("field.requester"), who(file, r.requester()));
    if (r.filedFor() != null) {
      line(
          b,
          w.getString("case.filedBy"),
          who(file, r.filedFor().filedBy())
              + ", "
              + w.getString("case.filedAs." + r.filedFor().filedAs())
              + (r.filedFor().confirmedAt() == null
                  ? ""
                  : "; "
                      + w.getString("case.confirmedAt")
                      + " "
                      + time(r.filedFor().confirmedAt())));
      line(b, w.getString("case.consent"), r.filedFor().consent());
    }
    line(b, w.getString("case.requested"), arrangement(r.arrangement(), w));
    line(
        b,
        w.getString("field.dates"),
        date(r.startDate()) + " – " + (r.endDate() == null ? "no end date" : date(r.endDate())));
    line(b, w.getString("field.workLocation"), r.workLocationName());
    line(b, w.getString("field.jobClass"), r.jobClassName());
    if (r.relationship() != null) {
      line(b, w.getString("field.relationship"), w.getString("relationship." + r.relationship()));
      line(b, w.getString("field.attestation"), Boolean.TRUE.equals(r.attestation()) ? "yes" : "");
    }
    line(b, w.getString("field.functionalLimitations"), r.functionalLimitations());
    line(b, w.getString("field.justification"), r.justification());
    if (r.neededBy() != null) {
      line(
          b,
          w.getString("case.neededBy"),
          date(r.neededBy())
              + (r.expedited() ? " (" + w.getString("case.expedited") + ")" : "")
              + (r.neededByReason() == null ? "" : ": " + r.neededByReason()));
    }
    line(b, w.getString("field.submittedAt"), time(r.submittedAt()));

    b.add(Block.h2("Decisions"));
    if (r.decisions().isEmpty()) {
      b.add(Block.p("None yet."));
    }
    for (DecisionView d : r.decisions()) {
      b.add(Block.p(decision(file, d, w)));
    }

    b.add(Block.h2(w.getString("case.timeline")));
    for (HistoryView h : r.history()) {
      StringBuilder s =
          new StringBuilder(time(h.at()))
              .append(" — ")
              .append(w.getString("action." + h.action()))
              .append(", ")
              .append(who(file, h.actor()));
      if (h.from() != null && !h.from().equals(h.to())) {
        s.append(": ")
            .append(w.getString("status." + h.from()))
            .append(" → ")
            .append(w.getString("status." + h.to()));
      }
      if (h.comment() != null) {
        s.append(". ").append(h.comment());
      }
      b.add(Block.p(s.toString()));
    }

    b.add(Block.h2("Enclosed"));
    List<String> enclosed = new ArrayList<>(file.letters());
    enclosed.addAll(file.documents());
    b.add(Block.p(enclosed.isEmpty() ? "Nothing else." : String.join("\n", enclosed)));
    return pdf.write(title, LANGUAGE.toLanguageTag(), b);
  }

  private static void line(List<Block> b, String label, String value) {
    if (value != null && !value.isBlank()) {
      b.add(Block.p(label + ": " + value));
    }
  }

  private String decision(CaseFile file, DecisionView d, ResourceBundle w) {
    StringBuilder s =
        new StringBuilder("APPEAL".equals(d.stage()) ? "On appeal: " : "First decision: ")
            .append(w.getString("status." + d.outcome()))
            .append(", by ")
            .append(who(file, d.decidedBy()))
            .append(" on ")
            .append(time(d.decidedAt()))
            .append('.');
    if (d.reasonCode() != null) {
      s.append(' ').append(w.getString("field.reasonCode")).append(": ").append(d.reasonCode());
      s.append('.');
    }
    if (d.granted() != null) {
      s.append(' ')
          .append(w.getString("case.granted"))
          .append(": ")
          .append(arrangement(d.granted(), w))
          .append('.');
    }
    if (d.explanation() != null) {
      s.append(' ').append(d.explanation());
    }
    return s.toString();
  }

  private static String who(CaseFile file, String username) {
    String name = file.name(username);
    return name.equals(username) ? username : name + " (" + username + ")";
  }

  private static String arrangement(ArrangementView a, ResourceBundle w) {
    if (a == null) {
      return "";
    }
    StringBuilder s = new StringBuilder(w.getString("arrangement." + a.type()));
    if (a.remoteDaysPerWeek() != null) {
      s.append(", ").append(a.remoteDaysPerWeek()).append(" days a week");
    }
    if (a.description() != null && !a.description().isBlank()) {
      s.append(": ").append(a.description());
    }
    return s.toString();
  }

  private static String date(LocalDate d) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(LANGUAGE).format(d);
  }

  private String time(Instant t) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
        .withLocale(LANGUAGE)
        .withZone(ZoneId.of(zone))
        .format(t);
  }
}
