package org.accommodationdesk.application.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.accommodationdesk.domain.notice.NoticeKind;
import org.junit.jupiter.api.Test;

/** The words and the page of a notice, the same in the application and in mail. */
class NoticeTextTest {
  @Test
  void aNoticeWithADateIsToldByTheDatedWords() {
    assertEquals("notice.QUESTION.dated", NoticeText.key(NoticeKind.QUESTION, true));
    assertEquals("notice.ACCEPTED", NoticeText.key(NoticeKind.ACCEPTED, false));
  }

  @Test
  void theEmployeeIsSentToTheirRequestHrToTheCaseAndADigestToTheQueue() {
    assertEquals("/employee/request.xhtml?id=7", NoticeText.path(NoticeKind.QUESTION, 7L));
    assertEquals("/review/case.xhtml?id=7", NoticeText.path(NoticeKind.ANSWERED, 7L));
    assertEquals("/review/home.xhtml", NoticeText.path(NoticeKind.OVERDUE_DIGEST, null));
    assertEquals("/review/case.xhtml?id=7", NoticeText.path(NoticeKind.CONFIRMED, 7L));
    assertEquals(
        "/union/request.xhtml?id=7",
        NoticeText.path(NoticeKind.CONFIRMED_FOR_UNION, 7L),
        "a union rep opens the union's view of the request it filed");
  }

  @Test
  void aDecisionsNoticeKeepsOpeningTheLetterOfItsOwnStage() {
    assertEquals("/letters/7/first", NoticeText.letterPath(NoticeKind.DECIDED, 7L));
    assertEquals("/letters/7/appeal", NoticeText.letterPath(NoticeKind.APPEAL_DECIDED, 7L));
    assertNull(NoticeText.letterPath(NoticeKind.QUESTION, 7L), "no letter for a question");
  }
}
