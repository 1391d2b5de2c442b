package org.accommodationdesk.infrastructure.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.accommodationdesk.application.notices.Letter;
import org.accommodationdesk.application.requests.RequestView.ArrangementView;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Decision letters: their words in each language, and what makes them readable by machines. */
class PdfLetterRendererTest {
  static final PdfLetterRenderer RENDERER =
      new PdfLetterRenderer("Chicago Public Schools|Office of Human Resources");

  static Letter letter(String language, String outcome, String explanation, LocalDate appealBy) {
    return new Letter(
        911,
        language,
        "María Łopez 李",
        LocalDate.of(2026, 12, 4),
        false,
        outcome,
        "HOUSEHOLD_MEMBER",
        new ArrangementView("FULL_REMOTE", null, null),
        LocalDate.of(2027, 1, 4),
        LocalDate.of(2027, 6, 30),
        outcome.equals("DENIED") ? null : new ArrangementView("PARTIAL_REMOTE", 3, null),
        outcome.equals("DENIED") ? "Carga excesiva" : null,
        explanation,
        appealBy,
        "Robert Chen");
  }

  /** The letter's text, its lines joined (wrapping depends on the font's widths). */
  static String text(PDDocument pdf) throws IOException {
    return new PDFTextStripper().getText(pdf).replace("\r\n", "\n").replace("\n", " ");
  }

  @Test
  void anApprovalWithChangesSaysWhatWasGrantedAndUntilWhenToAppeal() throws IOException {
    byte[] bytes =
        RENDERER.render(
            letter(
                "en",
                "APPROVED_WITH_CHANGES",
                "Three days a week; on site on Mondays and Fridays.",
                LocalDate.of(2026, 12, 19)));
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      String text = text(pdf);
      assertTrue(text.startsWith("Chicago Public Schools Office of Human Resources"), text);
      assertTrue(text.contains("Decision on your request for a remote-work accommodation (#911)"));
      assertTrue(
          text.contains("You asked for Full remote, from January 4, 2027 to June 30, 2027."));
      assertTrue(text.contains("Your request is approved with changes."));
      assertTrue(text.contains("Arrangement granted: Partial remote, 3 days a week"), text);
      assertTrue(text.contains("on site on Mondays and Fridays"));
      assertTrue(text.contains("you may appeal this decision until December 19, 2026"), text);
      assertTrue(text.contains("Decided by Robert Chen, HR reviewer, on December 4, 2026."));
      assertTrue(text.contains("Dear María Łopez ?,"), "a glyph the font lacks is replaced");
    }
  }

  @Test
  void aDenialReadsInSpanishWithItsReason() throws IOException {
    try (PDDocument pdf =
        Loader.loadPDF(
            RENDERER.render(
                letter("es", "DENIED", "Falta personal.", LocalDate.of(2026, 12, 19))))) {
      String text = text(pdf);
      assertTrue(text.contains("Su solicitud se deniega."), text);
      assertTrue(text.contains("Motivo: Carga excesiva."));
      assertTrue(
          text.contains("puede apelar esta decisión hasta el 19 de diciembre de 2026"), text);
      assertFalse(text.contains("Arrangement granted"));
      assertEquals("es", pdf.getDocumentCatalog().getLanguage());
      assertTrue(pdf.getDocumentInformation().getTitle().startsWith("Decisión sobre su solicitud"));
    }
  }

  @Test
  void anAppealDecisionIsFinal() throws IOException {
    Letter l = letter("en", "APPROVED", null, null);
    Letter onAppeal =
        new Letter(
            l.requestId(),
            "en",
            l.employeeName(),
            l.decidedOn(),
            true,
            "APPROVED",
            l.category(),
            l.requested(),
            l.startDate(),
            l.endDate(),
            l.requested(),
            null,
            null,
            null,
            "Ana Ruiz");
    try (PDDocument pdf = Loader.loadPDF(RENDERER.render(onAppeal))) {
      String text = text(pdf);
      assertTrue(text.contains("Decision on your appeal (#911)"), text);
      assertTrue(text.contains("This decision was made on appeal and is final."));
    }
  }

  @Test
  void theLetterIsTaggedTitledAndReadInOrderAcrossPages() throws IOException {
    String longExplanation = "A line of the explanation.\n".repeat(80);
    try (PDDocument pdf =
        Loader.loadPDF(RENDERER.render(letter("en", "DENIED", longExplanation, null)))) {
      assertTrue(pdf.getNumberOfPages() >= 2, "the explanation runs onto a second page");
      var catalog = pdf.getDocumentCatalog();
      assertTrue(catalog.getMarkInfo().isMarked());
      assertTrue(catalog.getViewerPreferences().displayDocTitle(), "viewers show the title");
      List<String> types = new ArrayList<>();
      PDStructureNode document = (PDStructureNode) catalog.getStructureTreeRoot().getKids().get(0);
      assertEquals("Document", ((PDStructureElement) document).getStructureType());
      for (Object kid : document.getKids()) {
        types.add(((PDStructureElement) kid).getStructureType());
      }
      assertEquals(1, types.stream().filter("H1"::equals).count(), types.toString());
      assertTrue(types.stream().filter("H2"::equals).count() >= 3, types.toString());
      assertTrue(types.indexOf("H1") < types.indexOf("H2"), "the title comes first");
      assertEquals(
          pdf.getNumberOfPages(),
          catalog.getStructureTreeRoot().getParentTreeNextKey(),
          "one parent tree entry per page");
      assertFalse(text(pdf).contains("If you disagree"), "nothing to appeal: no window");
    }
  }
}
