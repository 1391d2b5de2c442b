package org.accommodationdesk.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What a union representative was shown: who, when, through which channel, which query (the
 * statistic and its filter), how many figures were published and how many hidden. Never a figure's
 * value. Written in the transaction that computed the figures.
 */
@Entity
@Table(name = "disclosure_log")
public class DisclosureEntry {
  /** How the figures left the system. */
  public enum Channel {
    PAGE,
    API,
    EXPORT
  }

  public static final int QUERY_MAX = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "disclosure_seq")
  @SequenceGenerator(name = "disclosure_seq", sequenceName = "disclosure_seq", allocationSize = 50)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "username", nullable = false, length = 64)
  private String username;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false, length = 16)
  private Channel channel;

  @Column(name = "query", nullable = false, length = QUERY_MAX)
  private String query;

  @Column(name = "figures", nullable = false)
  private int figures;

  @Column(name = "hidden", nullable = false)
  private int hidden;

  protected DisclosureEntry() {}

  public DisclosureEntry(
      String username, Channel channel, String query, int figures, int hidden, Instant at) {
    if (figures < 0 || hidden < 0 || hidden > figures) {
      throw new IllegalArgumentException("hidden figures are some of the figures");
    }
    this.username = username;
    this.channel = channel;
    this.query = query.length() > QUERY_MAX ? query.substring(0, QUERY_MAX) : query;
    this.figures = figures;
    this.hidden = hidden;
    this.occurredAt = at.truncatedTo(ChronoUnit.MICROS);
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getUsername() {
    return username;
  }

  public Channel getChannel() {
    return channel;
  }

  public String getQuery() {
    return query;
  }

  /** How many figures the query published or hid (all counts and rates it computed). */
  public int getFigures() {
    return figures;
  }

  public int getHidden() {
    return hidden;
  }
}
