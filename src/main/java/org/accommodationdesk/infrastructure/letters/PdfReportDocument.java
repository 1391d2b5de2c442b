package org.accommodationdesk.infrastructure.letters;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.accommodationdesk.application.report.ReportDocument;
import org.accommodationdesk.infrastructure.letters.TaggedPdf.Block;

/**
 * Reports as tagged PDF (the same layout as the letters): each table a heading, then one paragraph
 * per row that names every figure with its column ("Own condition: received 12, granted 8, ..."),
 * so that the text reads in order and extracts as it reads.
 */
@ApplicationScoped
public class PdfReportDocument implements ReportDocument {
  private TaggedPdf pdf;

  @PostConstruct
  void loadFont() {
    pdf = TaggedPdf.load();
  }

  /** A renderer outside the container (tests). */
  static PdfReportDocument loaded() {
    PdfReportDocument d = new PdfReportDocument();
    d.loadFont();
    return d;
  }

  @Override
  public byte[] pdf(String title, String language, List<String> introduction, List<Table> tables) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(Block.h1(title));
    introduction.forEach(line -> blocks.add(Block.p(line)));
    for (Table t : tables) {
      blocks.add(Block.h2(t.heading()));
      for (List<String> row : t.rows()) {
        StringBuilder line = new StringBuilder(row.get(0)).append(':');
        for (int i = 1; i < row.size(); i++) {
          line.append(i == 1 ? " " : ", ")
              .append(t.headers().get(i))
              .append(' ')
              .append(row.get(i));
        }
        blocks.add(Block.p(line.toString()));
      }
    }
    return pdf.write(title, language, blocks);
  }
}
