package org.accommodationdesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.accommodationdesk.domain.request.Arrangement;
import org.accommodationdesk.domain.request.ArrangementType;
import org.accommodationdesk.domain.request.FieldError;
import org.accommodationdesk.domain.request.InvalidInputException;
import org.junit.jupiter.api.Test;

/** What an arrangement may be, and the field names its problems are told under. */
class ArrangementTest {
  static List<FieldError> refused(
      ArrangementType type, Integer days, String description, String prefix) {
    return assertThrows(
            InvalidInputException.class, () -> Arrangement.of(type, days, description, prefix))
        .errors();
  }

  @Test
  void aPartialRemoteArrangementHasOneToFourRemoteDays() {
    for (int days = 1; days <= 4; days++) {
      assertEquals(days, Arrangement.partialRemote(days).getRemoteDaysPerWeek());
    }
    for (Integer days : new Integer[] {0, 5, null, -1}) {
      List<FieldError> errors = refused(ArrangementType.PARTIAL_REMOTE, days, null, "arrangement");
      assertEquals(1, errors.size(), "days " + days);
      assertEquals("remoteDaysPerWeek", errors.get(0).field());
      assertEquals(
          "a partial remote arrangement needs between 1 and 4 remote days per week",
          errors.get(0).message());
    }
  }

  @Test
  void aGrantedArrangementsProblemsAreNamedWithItsPrefix() {
    assertEquals(
        "grantedArrangementRemoteDaysPerWeek",
        refused(ArrangementType.PARTIAL_REMOTE, 7, null, "grantedArrangement").get(0).field());
    assertEquals(
        "grantedArrangementDescription",
        refused(ArrangementType.OTHER, null, " ", "grantedArrangement").get(0).field());
    assertEquals(
        "grantedArrangement", refused(null, null, null, "grantedArrangement").get(0).field());
  }

  @Test
  void anOtherArrangementNeedsADescriptionWhichIsKeptStripped() {
    for (String missing : new String[] {null, "", "   "}) {
      List<FieldError> errors = refused(ArrangementType.OTHER, null, missing, "arrangement");
      assertEquals("arrangementDescription", errors.get(0).field());
      assertEquals("describe the arrangement when it is OTHER", errors.get(0).message());
    }
    Arrangement other = Arrangement.of(ArrangementType.OTHER, 3, "  Quiet room. ", "arrangement");
    assertEquals("Quiet room.", other.getDescription());
    assertNull(other.getRemoteDaysPerWeek(), "days only for partial remote");
    assertEquals("other: Quiet room.", other.toString());
  }

  @Test
  void aDescriptionBesideFullRemoteIsKeptStrippedOrDroppedWhenBlank() {
    Arrangement blank = Arrangement.of(ArrangementType.FULL_REMOTE, 2, "  ", "arrangement");
    assertNull(blank.getDescription());
    assertNull(blank.getRemoteDaysPerWeek());
    assertEquals(Arrangement.of(ArrangementType.FULL_REMOTE, null, null, "arrangement"), blank);
    assertEquals(
        "From home.",
        Arrangement.of(ArrangementType.FULL_REMOTE, null, " From home. ", "arrangement")
            .getDescription());
  }

  @Test
  void aDescriptionIsLimitedToItsColumn() {
    String tooLong = "d".repeat(Arrangement.MAX_DESCRIPTION + 1);
    assertEquals(
        "arrangementDescription",
        refused(ArrangementType.FULL_REMOTE, null, tooLong, "arrangement").get(0).field());
    assertEquals(
        Arrangement.MAX_DESCRIPTION,
        Arrangement.of(
                ArrangementType.OTHER, null, "d".repeat(Arrangement.MAX_DESCRIPTION), "arrangement")
            .getDescription()
            .length());
  }

  @Test
  void aGrantedOtherArrangementWithoutDescriptionIsToldAsWhatWasGranted() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> Arrangement.granted(ArrangementType.OTHER, null, null));
    assertEquals(1, e.errors().size(), "told once, not also as the employee's description");
    assertEquals("arrangementDescription", e.errors().get(0).field());
    assertEquals(Arrangement.GRANTED_DESCRIPTION, e.errors().get(0).code());
    assertEquals(
        Arrangement.partialRemote(2), Arrangement.granted(ArrangementType.PARTIAL_REMOTE, 2, null));
    assertEquals(
        ArrangementType.FULL_REMOTE,
        Arrangement.granted(ArrangementType.FULL_REMOTE, null, null).getType());
  }

  @Test
  void arrangementsAreEqualByTypeDaysAndDescription() {
    assertEquals(Arrangement.partialRemote(2), Arrangement.partialRemote(2));
    assertEquals(Arrangement.partialRemote(2).hashCode(), Arrangement.partialRemote(2).hashCode());
    assertNotEquals(Arrangement.partialRemote(2), Arrangement.partialRemote(3));
    assertNotEquals(
        Arrangement.partialRemote(2),
        Arrangement.of(ArrangementType.FULL_REMOTE, null, null, "arrangement"));
    assertNotEquals(
        Arrangement.of(ArrangementType.OTHER, null, "A", "arrangement"),
        Arrangement.of(ArrangementType.OTHER, null, "B", "arrangement"));
    assertNotEquals(
        Arrangement.of(ArrangementType.FULL_REMOTE, null, null, "arrangement"), "full remote");
    assertEquals(
        "full remote",
        Arrangement.of(ArrangementType.FULL_REMOTE, null, null, "arrangement").toString());
    assertEquals("partial remote, 2 days a week", Arrangement.partialRemote(2).toString());
  }
}
