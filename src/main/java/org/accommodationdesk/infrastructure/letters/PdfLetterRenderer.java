package org.accommodationdesk.infrastructure.letters;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.accommodationdesk.application.notices.DelayLetter;
import org.accommodationdesk.application.notices.InterimLetter;
import org.accommodationdesk.application.notices.Letter;
import org.accommodationdesk.application.notices.LetterRenderer;
import org.accommodationdesk.application.requests.RequestView.ArrangementView;
import org.accommodationdesk.infrastructure.letters.TaggedPdf.Block;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Decision letters as tagged PDF with Apache PDFBox (ADR 0015): a title shown by viewers, the
 * letter's language, a structure tree (headings and paragraphs in reading order) and an embedded
 * Unicode font (the Liberation Sans PDFBox ships), so that screen readers read it as a letter.
 * Words come from the application's message bundle, in the employee's language.
 */
@ApplicationScoped
public class PdfLetterRenderer implements LetterRenderer {
  static final String BUNDLE = "org.accommodationdesk.i18n.messages";

  /** The organisation's letterhead: lines separated by "|". */
  @Inject
  @ConfigProperty(
      name = "accommodationdesk.letters.letterhead",
      defaultValue = "Accommodation Desk|Human Resources")
  private String letterhead;

  private TaggedPdf pdf;

  public PdfLetterRenderer() {
    // for CDI
  }

  /** A renderer with this letterhead, outside the container (tests). */
  PdfLetterRenderer(String letterhead) {
    this.letterhead = letterhead;
    loadFont();
  }

  @PostConstruct
  void loadFont() {
    pdf = TaggedPdf.load();
  }

  @Override
  public byte[] render(Letter letter) {
    Locale locale = Locale.forLanguageTag(letter.language());
    ResourceBundle words = ResourceBundle.getBundle(BUNDLE, locale);
    String title =
        words.getString(letter.onAppeal() ? "letter.titleAppeal" : "letter.title")
            + " (#"
            + letter.requestId()
            + ")";
    return pdf.write(title, letter.language(), blocks(letter, title, words, locale));
  }

  @Override
  public byte[] render(DelayLetter letter) {
    Locale locale = Locale.forLanguageTag(letter.language());
    ResourceBundle w = ResourceBundle.getBundle(BUNDLE, locale);
    String title = w.getString("letter.delay.title") + " (#" + letter.requestId() + ")";
    List<Block> b = opening(title, letter.writtenOn(), letter.employeeName(), w, locale);
    b.add(
        p(
            format(
                w,
                letter.onAppeal() ? "letter.delay.factsAppeal" : "letter.delay.facts",
                locale,
                date(letter.filedOn(), locale),
                letter.hardLimitDays(),
                date(letter.hardLimit(), locale))));
    b.add(h2(w.getString("letter.delay.reason.heading")));
    b.add(
        p(
            letter.reasonName() == null
                ? w.getString("letter.delay.noReason")
                : format(w, "letter.reason", locale, letter.reasonName())));
    b.add(
        p(
            letter.expectedBy() == null
                ? w.getString("letter.delay.noDate")
                : format(w, "letter.delay.expected", locale, date(letter.expectedBy(), locale))));
    b.add(h2(w.getString("letter.next.heading")));
    b.add(p(format(w, "letter.delay.next", locale, letter.requestId())));
    return pdf.write(title, letter.language(), b);
  }

  @Override
  public byte[] render(InterimLetter letter) {
    Locale locale = Locale.forLanguageTag(letter.language());
    ResourceBundle w = ResourceBundle.getBundle(BUNDLE, locale);
    String title = w.getString("letter.interim.title") + " (#" + letter.requestId() + ")";
    List<Block> b = opening(title, letter.writtenOn(), letter.employeeName(), w, locale);
    b.add(
        p(
            format(
                w,
                "letter.interim.granted",
                locale,
                arrangement(letter.arrangement(), w, locale),
                date(letter.from(), locale),
                date(letter.until(), locale))));
    b.add(p(w.getString("letter.interim.temporary")));
    b.add(h2(w.getString("letter.next.heading")));
    b.add(p(w.getString("letter.interim.next")));
    b.add(
        p(
            format(
                w,
                "letter.interim.grantedBy",
                locale,
                letter.grantedByName(),
                date(letter.writtenOn(), locale))));
    return pdf.write(title, letter.language(), b);
  }

  /** The letterhead, the date, the title and the greeting every letter starts with. */
  private List<Block> opening(
      String title, LocalDate on, String employeeName, ResourceBundle w, Locale locale) {
    List<Block> b = new ArrayList<>();
    for (String line : letterhead.split("\\|")) {
      if (!line.isBlank()) {
        b.add(Block.p(line.strip()));
      }
    }
    b.add(Block.p(date(on, locale)));
    b.add(Block.h1(title));
    b.add(p(format(w, "letter.dear", locale, employeeName)));
    return b;
  }

  private List<Block> blocks(Letter l, String title, ResourceBundle w, Locale locale) {
    List<Block> b = opening(title, l.decidedOn(), l.employeeName(), w, locale);

    b.add(h2(w.getString("letter.requested.heading")));
    String requested = arrangement(l.requested(), w, locale);
    String category = w.getString("category." + l.category());
    b.add(
        p(
            l.endDate() == null
                ? format(
                    w,
                    "letter.requestedOpen",
                    locale,
                    requested,
                    date(l.startDate(), locale),
                    category)
                : format(
                    w,
                    "letter.requested",
                    locale,
                    requested,
                    date(l.startDate(), locale),
                    date(l.endDate(), locale),
                    category)));

    b.add(h2(w.getString("letter.decision.heading")));
    b.add(p(w.getString("letter.decision." + l.outcome())));
    if (l.granted() != null) {
      String granted = arrangement(l.granted(), w, locale);
      b.add(
          p(
              l.endDate() == null
                  ? format(w, "letter.grantedOpen", locale, granted, date(l.startDate(), locale))
                  : format(
                      w,
                      "letter.granted",
                      locale,
                      granted,
                      date(l.startDate(), locale),
                      date(l.endDate(), locale))));
    }
    if (l.reasonName() != null) {
      b.add(p(format(w, "letter.reason", locale, l.reasonName())));
    }
    if (l.explanation() != null && !l.explanation().isBlank()) {
      b.add(h2(w.getString("letter.explanation.heading")));
      b.add(p(l.explanation()));
    }

    b.add(h2(w.getString("letter.next.heading")));
    if (l.appealBy() != null) {
      b.add(p(format(w, "letter.appeal", locale, date(l.appealBy(), locale), l.requestId())));
    } else if (l.onAppeal()) {
      b.add(p(w.getString("letter.final")));
    } else {
      b.add(p(w.getString("letter.nothingMore")));
    }
    b.add(p(format(w, "letter.decidedBy", locale, l.deciderName(), date(l.decidedOn(), locale))));
    return b;
  }

  private static Block p(String text) {
    return Block.p(text);
  }

  private static Block h2(String text) {
    return Block.h2(text);
  }

  private static String arrangement(ArrangementView a, ResourceBundle w, Locale locale) {
    StringBuilder s = new StringBuilder(w.getString("arrangement." + a.type()));
    if (a.remoteDaysPerWeek() != null) {
      s.append(", ").append(format(w, "arrangement.days", locale, a.remoteDaysPerWeek()));
    }
    if (a.description() != null && !a.description().isBlank()) {
      s.append(": ").append(a.description());
    }
    return s.toString();
  }

  private static String date(LocalDate d, Locale locale) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(d);
  }

  private static String format(ResourceBundle w, String key, Locale locale, Object... args) {
    return new MessageFormat(w.getString(key), locale).format(args);
  }
}
