package org.accommodationdesk.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.accommodationdesk.domain.audit.DisclosureEntry.Channel;
import org.junit.jupiter.api.Test;

/** How the disclosure log names the way figures left, by the address they were asked at. */
class DisclosureChannelFilterTest {
  @Test
  void theApiFilesAndPagesAreToldApart() {
    assertEquals(Channel.API, DisclosureChannelFilter.channelOf("/api/stats/summary"));
    assertEquals(Channel.API, DisclosureChannelFilter.channelOf("/api/consistency/funnel"));
    assertEquals(Channel.EXPORT, DisclosureChannelFilter.channelOf("/stats/export"));
    assertEquals(Channel.EXPORT, DisclosureChannelFilter.channelOf("/report/annual.csv"));
    assertEquals(Channel.EXPORT, DisclosureChannelFilter.channelOf("/report/annual.pdf"));
    assertEquals(Channel.EXPORT, DisclosureChannelFilter.channelOf("/report/consistency.csv"));
    assertEquals(Channel.PAGE, DisclosureChannelFilter.channelOf("/report/consistency.xhtml"));
    assertEquals(Channel.PAGE, DisclosureChannelFilter.channelOf("/union/home.xhtml"));
  }
}
