package org.accommodationdesk.infrastructure.letters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
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

/**
 * Accessible PDF with Apache PDFBox (ADR 0015), for every document the application writes (letters,
 * case files): a title shown by viewers, the document's language, a structure tree (headings and
 * paragraphs in reading order) and an embedded Unicode font (the Liberation Sans PDFBox ships), so
 * that screen readers read it as written. Text the font cannot show becomes "?", never an error.
 */
final class TaggedPdf {
  static final float MARGIN = 72;
  static final float BODY = 11;
  static final float HEADING = 13;
  static final float TITLE = 16;
  private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  /** A block of a document: a structure type (H1, H2, P) and its text. */
  record Block(String type, String text, float size) {
    static Block h1(String text) {
      return new Block(StandardStructureTypes.H1, text, TITLE);
    }

    static Block h2(String text) {
      return new Block(StandardStructureTypes.H2, text, HEADING);
    }

    static Block p(String text) {
      return new Block(StandardStructureTypes.P, text, BODY);
    }
  }

  private final byte[] font;

  private TaggedPdf(byte[] font) {
    this.font = font;
  }

  /** Reads the font once. */
  static TaggedPdf load() {
    try (InputStream in = PDType0Font.class.getResourceAsStream(FONT)) {
      if (in == null) {
        throw new IllegalStateException("PDFBox's font is missing: " + FONT);
      }
      return new TaggedPdf(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The blocks as a tagged PDF with this title, in this language (a BCP 47 tag). */
  byte[] write(String title, String language, List<Block> blocks) {
    try (PDDocument doc = new PDDocument()) {
      PDType0Font unicode = PDType0Font.load(doc, new java.io.ByteArrayInputStream(font));
      describe(doc, title, language);
      new Layout(doc, unicode).write(blocks);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
            // the longest prefix that fits, found by halving (a long word costs log n widths)
            int fits = 1;
            int tooLong = rest.length();
            while (tooLong - fits > 1) {
              int mid = (fits + tooLong) >>> 1;
              if (textWidth(rest.substring(0, mid), size) <= width) {
                fits = mid;
              } else {
                tooLong = mid;
              }
            }
            lines.add(rest.substring(0, fits));
            rest = rest.substring(fits);
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
