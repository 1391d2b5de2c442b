package org.accommodationdesk.application.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 21, finding 8: names that a spreadsheet would run as formulas are written as text. */
class CsvCellsTest {
  @Test
  void formulaLikeTextGetsAnApostrophe() {
    for (String formula :
        List.of(
            "=HYPERLINK(\"http://evil.example\",\"x\")",
            "+1+1",
            "-2+3+cmd|' /C calc'!A0",
            "@SUM(A1)",
            "\t=1",
            "\r=1")) {
      assertEquals("'" + formula, CsvCells.safe(formula), formula);
    }
  }

  @Test
  void ordinaryTextAndNumbersStayAsTheyAre() {
    for (String plain : List.of("Juarez HS", "O'Brien", "12", "-3", "0.25", "-0.5", "a=b", "")) {
      assertEquals(plain, CsvCells.safe(plain), plain);
    }
    assertEquals(List.of(12, "'=1", "x"), CsvCells.safe(12, "=1", "x"));
    assertEquals(java.util.Arrays.asList((Object) null), CsvCells.safe((Object) null));
  }
}
