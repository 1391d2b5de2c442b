package org.accommodationdesk.domain.analysis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * An HR lead looked at two alike requests that got different outcomes and marked the pair reviewed.
 * The note is kept in both requests' histories (HR only), not here: a purge removes it with the
 * rest of their free text.
 */
@Entity
@Table(name = "consistency_review")
public class ConsistencyReview {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consistency_review_seq")
  @SequenceGenerator(
      name = "consistency_review_seq",
      sequenceName = "consistency_review_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "first_request", nullable = false)
  private long firstRequest;

  @Column(name = "second_request", nullable = false)
  private long secondRequest;

  @Column(name = "reviewed_by", nullable = false, length = 64)
  private String reviewedBy;

  @Column(name = "reviewed_at", nullable = false)
  private Instant reviewedAt;

  protected ConsistencyReview() {}

  /** The pair of two different requests, kept lower number first. */
  public ConsistencyReview(long one, long other, String by, Instant at) {
    if (one == other) {
      throw new IllegalArgumentException("a pair is two different requests");
    }
    this.firstRequest = Math.min(one, other);
    this.secondRequest = Math.max(one, other);
    this.reviewedBy = by;
    this.reviewedAt = at.truncatedTo(ChronoUnit.MICROS);
  }

  public long getFirstRequest() {
    return firstRequest;
  }

  public long getSecondRequest() {
    return secondRequest;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public Instant getReviewedAt() {
    return reviewedAt;
  }
}
