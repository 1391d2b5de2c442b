package org.accommodationdesk.infrastructure.letters;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.accommodationdesk.application.Letter;
import org.accommodationdesk.application.LetterRenderer;
import org.accommodationdesk.application.RequestView.ArrangementView;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
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
  private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  private static final float MARGIN = 72;
  private static final float BODY = 11;
  private static final float HEADING = 13;
  private static final float TITLE = 16;

  /** The organisation's letterhead: lines separated by "|". */
  @Inject
  @ConfigProperty(
      name = "accommodationdesk.letters.letterhead",
      defaultValue = "Accommodation Desk|Human Resources")
  private String letterhead;

  private byte[] font;

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
    try (InputStream in = PDType0Font.class.getResourceAsStream(FONT)) {
      if (in == null) {
        throw new IllegalStateException("PDFBox's font is missing: " + FONT);
      }
      font = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A block of the letter: a structure type (H1, H2, P) and its text. */
  private record Block(String type, String text, float size) {}

  @Override
  public byte[] render(Letter letter) {
    Locale locale = Locale.forLanguageTag(letter.language());
    ResourceBundle words = ResourceBundle.getBundle(BUNDLE, locale);
    String title =
        words.getString(letter.onAppeal() ? "letter.titleAppeal" : "letter.title")
            + " (#"
            + letter.requestId()
            + ")";
    try (PDDocument doc = new PDDocument()) {
      PDType0Font unicode = PDType0Font.load(doc, new java.io.ByteArrayInputStream(font));
      describe(doc, title, letter.language());
      new Layout(doc, unicode).write(blocks(letter, title, words, locale));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<Block> blocks(Letter l, String title, ResourceBundle w, Locale locale) {
    List<Block> b = new ArrayList<>();
    for (String line : letterhead.split("\\|")) {
      if (!line.isBlank()) {
        b.add(new Block(StandardStructureTypes.P, line.strip(), BODY));
      }
    }
    b.add(new Block(StandardStructureTypes.P, date(l.decidedOn(), locale), BODY));
    b.add(new Block(StandardStructureTypes.H1, title, TITLE));
    b.add(p(format(w, "letter.dear", locale, l.employeeName())));

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
    return new Block(StandardStructureTypes.P, text, BODY);
  }

  private static Block h2(String text) {
    return new Block(StandardStructureTypes.H2, text, HEADING);
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

  /** Title (shown by viewers instead of the file name), language, and "this PDF is tagged". */
  private static void describe(PDDocument doc, String title, String language) {
    PDDocumentInformation info = doc.getDocumentInformation();
    info.setTitle(title);
    info.setCreator("Accommodation Desk");
    PDDocumentCatalog catalog = doc.getDocumentCatalog();
    catalog.setLanguage(language);
    PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
    preferences.setDisplayDocTitle(true);
    catalog.setViewerPreferences(preferences);
    PDMarkInfo mark = new PDMarkInfo();
    mark.setMarked(true);
    catalog.setMarkInfo(mark);
  }

  /**
   * Lays the blocks out top to bottom, page after page, each block marked content of its own
   * structure element (so the structure tree gives the reading order).
   */
  private static final class Layout {
    private final PDDocument doc;
    private final PDType0Font font;
    private final PDStructureElement document;
    private final PDStructureTreeRoot root;
    private final java.util.Map<Integer, PDParentTreeValue> parentTree = new java.util.HashMap<>();
    private PDPage page;
    private PDPageContentStream content;
    private COSArray pageElements;
    private int mcid;
    private float y;

    Layout(PDDocument doc, PDType0Font font) {
      this.doc = doc;
      this.font = font;
      this.root = new PDStructureTreeRoot();
      doc.getDocumentCatalog().setStructureTreeRoot(root);
      this.document = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
      root.appendKid(document);
    }

    void write(List<Block> blocks) throws IOException {
      newPage();
      for (Block block : blocks) {
        List<String> lines = wrap(printable(block.text()), block.size());
        float leading = block.size() * 1.35f;
        float space = block.type().equals(StandardStructureTypes.P) ? 6 : 12;
        if (y - space - leading * Math.min(lines.size(), 3) < MARGIN) {
          newPage();
        }
        y -= space;
        PDStructureElement element = new PDStructureElement(block.type(), document);
        element.setPage(page);
        document.appendKid(element);
        for (int i = 0; i < lines.size(); i++) {
          if (y - leading < MARGIN) {
            newPage();
            element = new PDStructureElement(block.type(), document);
            element.setPage(page);
            document.appendKid(element);
          }
          y -= leading;
          COSDictionary properties = new COSDictionary();
          properties.setInt(COSName.MCID, mcid);
          COSName tag = COSName.getPDFName(block.type());
          content.beginMarkedContent(tag, PDPropertyList.create(properties));
          content.beginText();
          content.setFont(font, block.size());
          content.newLineAtOffset(MARGIN, y);
          content.showText(lines.get(i));
          content.endText();
          content.endMarkedContent();
          PDMarkedContent marked = new PDMarkedContent(tag, properties);
          element.appendKid(marked);
          pageElements.add(element);
          mcid++;
        }
      }
      finishPage();
      PDNumberTreeNode tree = new PDNumberTreeNode(PDParentTreeValue.class);
      tree.setNumbers(new java.util.HashMap<>(parentTree));
      root.setParentTree(tree);
      root.setParentTreeNextKey(parentTree.size());
    }

    private void newPage() throws IOException {
      finishPage();
      page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      page.setStructParents(parentTree.size());
      content = new PDPageContentStream(doc, page);
      pageElements = new COSArray();
      mcid = 0;
      y = page.getMediaBox().getHeight() - MARGIN;
    }

    private void finishPage() throws IOException {
      if (content != null) {
        content.close();
        parentTree.put(page.getStructParents(), new PDParentTreeValue(pageElements));
        content = null;
      }
    }

    /** The text with any character the font cannot show replaced (never an error). */
    private String printable(String text) {
      StringBuilder s = new StringBuilder();
      text.replace('\t', ' ')
          .codePoints()
          .forEach(
              c -> {
                if (c == '\n' || c == '\r') {
                  s.append('\n');
                } else if (Character.isISOControl(c)) {
                  s.append(' ');
                } else if (hasGlyph(c)) {
                  s.appendCodePoint(c);
                } else {
                  s.append('?');
                }
              });
      return s.toString();
    }

    private boolean hasGlyph(int codePoint) {
      try {
        return font.hasGlyph(codePoint);
      } catch (IOException e) {
        return false;
      }
    }

    /** Lines no wider than the page's text width; the writer's own line breaks kept. */
    private List<String> wrap(String text, float size) throws IOException {
      float width = PDRectangle.LETTER.getWidth() - 2 * MARGIN;
      List<String> lines = new ArrayList<>();
      for (String paragraph : text.split("\n", -1)) {
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
          String candidate = line.length() == 0 ? word : line + " " + word;
          if (textWidth(candidate, size) <= width) {
            line.setLength(0);
            line.append(candidate);
            continue;
          }
          if (line.length() > 0) {
            lines.add(line.toString());
            line.setLength(0);
          }
          // a word wider than the line is cut
          String rest = word;
          while (textWidth(rest, size) > width) {
            int cut = rest.length() - 1;
            while (cut > 1 && textWidth(rest.substring(0, cut), size) > width) {
              cut--;
            }
            lines.add(rest.substring(0, cut));
            rest = rest.substring(cut);
          }
          line.append(rest);
        }
        lines.add(line.toString());
      }
      return lines;
    }

    private float textWidth(String s, float size) throws IOException {
      return font.getStringWidth(s) / 1000 * size;
    }
  }
}
