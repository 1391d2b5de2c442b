package org.accommodationdesk.application.stats;

import jakarta.enterprise.context.RequestScoped;
import org.accommodationdesk.domain.audit.DisclosureEntry.Channel;

/**
 * How the figures of the current request leave the system (a page, the API, an export), set by the
 * web layer as a request comes in; a page unless said otherwise.
 */
@RequestScoped
public class DisclosureChannel {
  private Channel channel = Channel.PAGE;

  public Channel get() {
    return channel;
  }

  public void set(Channel c) {
    this.channel = c;
  }
}
