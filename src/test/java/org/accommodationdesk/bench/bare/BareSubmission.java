package org.accommodationdesk.bench.bare;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;

/** The bare stack's one entity: what a submission minimally stores. */
@Entity
public class BareSubmission {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bare_seq")
  @SequenceGenerator(name = "bare_seq", sequenceName = "bare_seq", allocationSize = 50)
  Long id;

  @Column(length = 32)
  String category;

  @Column(length = 32)
  String arrangement;

  @Column(length = 4000)
  String justification;

  Instant submittedAt;

  protected BareSubmission() {}

  BareSubmission(String category, String arrangement, String justification) {
    this.category = category;
    this.arrangement = arrangement;
    this.justification = justification;
    this.submittedAt = Instant.now();
  }
}
