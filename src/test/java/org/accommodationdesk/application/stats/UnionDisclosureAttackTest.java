package org.accommodationdesk.application.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.junit.jupiter.api.Test;

/**
 * An attacker with a union account, independent of the production code: it sees only what the union
 * is shown (the published tables) and the published rules (ADR 0007: each shown figure is within
 * {@value #NOISE} of the truth; a hidden one was published under {@value #MINIMUM}), and combines
 * every table of the union's query space: every period it may ask for (each month, the two months),
 * every category and location filter, every breakdown, and snapshots taken as persons are added one
 * at a time. For each hidden figure it computes, by linear programming over the unknown true
 * counts, the tightest interval the published numbers allow. The promise: no hidden figure is ever
 * narrowed to an interval inside 1..10.
 */
class UnionDisclosureAttackTest {
  static final int NOISE = 10;
  static final int MINIMUM = 11;
  static final int MONTHS = 2;
  static final int CATEGORIES = 2;
  static final int LOCATIONS = 2;
  static final Bucket[] BUCKETS = Bucket.values();
  static final int CELLS = MONTHS * CATEGORIES * LOCATIONS * BUCKETS.length;

  /** The first fine cell of (month 1, category 1, location 1), where persons are added. */
  static final int ADDED_CELL = ((CATEGORIES + 1) * LOCATIONS + 1) * BUCKETS.length;

  /** One request: its month in the quarter, category, location, bucket and random record key. */
  record Person(int month, int category, int location, Bucket bucket, long key) {
    int cell() {
      return ((month * CATEGORIES + category) * LOCATIONS + location) * BUCKETS.length
          + bucket.ordinal();
    }
  }

  /** A published figure: which fine cells it counts, and what the union was shown. */
  record Observation(BitSet cells, Cell shown) {}

  @Test
  void mostlySmallCountsCannotBeNarrowedInsideOneToTen() {
    for (long seed = 1; seed <= 3; seed++) {
      Random random = new Random(seed);
      List<Person> people = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        people.add(randomPerson(random, random.nextInt(LOCATIONS)));
      }
      assertNoHiddenFigureNarrowed(List.of(publish(people)), "seed " + seed);
    }
  }

  @Test
  void oneBigLocationBesideASmallOneAndTheThreeZeroTwentyThirtyRow() {
    Random random = new Random(7);
    List<Person> people = new ArrayList<>();
    // a big school: large counts everywhere, so differences of big visible cells are available
    for (int i = 0; i < 400; i++) {
      people.add(randomPerson(random, 0));
    }
    // a small school: 3 approved, 0 with changes, 20 denied, 30 pending in one month and category
    for (int i = 0; i < 3; i++) {
      people.add(new Person(1, 1, 1, Bucket.APPROVED, random.nextInt(Integer.MAX_VALUE)));
    }
    for (int i = 0; i < 20; i++) {
      people.add(new Person(1, 1, 1, Bucket.DENIED, random.nextInt(Integer.MAX_VALUE)));
    }
    for (int i = 0; i < 30; i++) {
      people.add(new Person(1, 1, 1, Bucket.PENDING, random.nextInt(Integer.MAX_VALUE)));
    }
    assertNoHiddenFigureNarrowed(List.of(publish(people)), "3-0-20-30");
  }

  @Test
  void personsAddedOneAtATimeToABigCellAreNotSingledOut() {
    Random random = new Random(11);
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      people.add(randomPerson(random, 0));
    }
    List<List<Observation>> snapshots = new ArrayList<>();
    snapshots.add(publish(people));
    List<Person> added = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Person p =
          new Person(
              1, 1, 1, BUCKETS[random.nextInt(BUCKETS.length)], random.nextInt(Integer.MAX_VALUE));
      added.add(p);
      people.add(p);
      snapshots.add(publish(people));
    }
    assertNoHiddenFigureNarrowed(snapshots, "added one at a time");
    // the added persons' cells are hidden in every snapshot: their outcome is not shown
    for (List<Observation> snapshot : snapshots.subList(1, snapshots.size())) {
      for (Observation o : snapshot) {
        if (o.cells().cardinality() == 1 && o.cells().get(added.get(0).cell())) {
          assertTrue(o.shown().suppressed(), "a lone person's figure is hidden");
        }
      }
    }
  }

  @Test
  void theSameQuestionAlwaysGetsTheSameAnswer() {
    Random random = new Random(3);
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      people.add(randomPerson(random, random.nextInt(LOCATIONS)));
    }
    List<Observation> first = publish(people);
    List<Person> shuffled = new ArrayList<>(people);
    java.util.Collections.shuffle(shuffled, random);
    assertEquals(first, publish(shuffled), "no averaging by asking again");
    long differing =
        first.stream()
            .filter(o -> !o.shown().suppressed())
            .filter(o -> o.shown().value().longValue() != trueCount(people, o.cells()))
            .count();
    assertTrue(differing > 0, "figures are perturbed");
    long shown = first.stream().filter(o -> !o.shown().suppressed()).count();
    long withinOne =
        first.stream()
            .filter(o -> !o.shown().suppressed())
            .filter(
                o -> Math.abs(o.shown().value().longValue() - trueCount(people, o.cells())) <= 1)
            .count();
    assertTrue(
        withinOne >= 0.7 * shown, "most figures are at most one off: " + withinOne + "/" + shown);
    for (Observation o : first) {
      if (!o.shown().suppressed()) {
        long truth = trueCount(people, o.cells());
        assertTrue(
            Math.abs(o.shown().value().longValue() - truth) <= NOISE,
            "a shown figure is within " + NOISE + " of the truth");
      } else {
        assertTrue(trueCount(people, o.cells()) < MINIMUM + NOISE, "only small figures hide");
      }
    }
  }

  // ---- the union's query space, published by the production code ----------------------------

  Person randomPerson(Random random, int location) {
    return new Person(
        random.nextInt(MONTHS),
        random.nextInt(CATEGORIES),
        location,
        BUCKETS[random.nextInt(BUCKETS.length)],
        random.nextInt(Integer.MAX_VALUE));
  }

  /** Every figure of every table the union can ask for over this data. */
  static List<Observation> publish(List<Person> people) {
    List<Observation> out = new ArrayList<>();
    List<Predicate<Person>> periods = new ArrayList<>();
    for (int m = 0; m < MONTHS; m++) {
      int month = m;
      periods.add(p -> p.month() == month);
    }
    periods.add(p -> true); // the two months together, as a quarter
    for (Predicate<Person> period : periods) {
      for (int cf = -1; cf < CATEGORIES; cf++) {
        for (int lf = -1; lf < LOCATIONS; lf++) {
          int categoryFilter = cf;
          int locationFilter = lf;
          Predicate<Person> filter =
              period
                  .and(p -> categoryFilter < 0 || p.category() == categoryFilter)
                  .and(p -> locationFilter < 0 || p.location() == locationFilter);
          out.addAll(table(people, filter, Person::category, CATEGORIES));
          out.addAll(table(people, filter, Person::location, LOCATIONS));
          out.addAll(table(people, filter, Person::month, MONTHS));
        }
      }
    }
    return out;
  }

  private static List<Observation> table(
      List<Person> people,
      Predicate<Person> filter,
      java.util.function.ToIntFunction<Person> dimension,
      int values) {
    List<OutcomeCounts> groups = new ArrayList<>();
    for (int v = 0; v < values; v++) {
      Map<Bucket, Tally> buckets = new EnumMap<>(Bucket.class);
      for (Person p : people) {
        if (filter.test(p) && dimension.applyAsInt(p) == v) {
          buckets.merge(p.bucket(), new Tally(1, p.key()), Tally::plus);
        }
      }
      groups.add(new OutcomeCounts("v" + v, "v" + v, buckets));
    }
    StatTable t = StatTables.of("X", groups, Disclosure.protect(MINIMUM));
    List<Observation> out = new ArrayList<>();
    List<StatRow> rows = new ArrayList<>(t.rows());
    rows.add(t.total());
    for (int r = 0; r < rows.size(); r++) {
      int row = r;
      for (Column c : Column.values()) {
        BitSet cells = new BitSet(CELLS);
        for (int i = 0; i < CELLS; i++) {
          Person probe = probe(i);
          if (filter.test(probe)
              && (row == values || dimension.applyAsInt(probe) == row)
              && columnHas(c, probe.bucket())) {
            cells.set(i);
          }
        }
        out.add(new Observation(cells, rows.get(r).cell(c.key())));
      }
    }
    return out;
  }

  /** The column's definition as the union guide states it (not the production enum's). */
  static boolean columnHas(Column c, Bucket b) {
    return switch (c) {
      case REQUESTS -> true;
      case DECIDED ->
          b == Bucket.APPROVED || b == Bucket.APPROVED_WITH_CHANGES || b == Bucket.DENIED;
      default -> c.name().equals(b.name());
    };
  }

  /** A person standing for fine cell {@code i}. */
  static Person probe(int i) {
    int b = i % BUCKETS.length;
    int rest = i / BUCKETS.length;
    int l = rest % LOCATIONS;
    rest /= LOCATIONS;
    int c = rest % CATEGORIES;
    int m = rest / CATEGORIES;
    return new Person(m, c, l, BUCKETS[b], 0);
  }

  static long trueCount(List<Person> people, BitSet cells) {
    return people.stream().filter(p -> cells.get(p.cell())).count();
  }

  // ---- the attacker
  // ------------------------------------------------------------------------------

  /**
   * The unknowns are the true fine counts x of the first snapshot and, for each person added after
   * it, which bucket y_k of their known cell (month, category, location) they went into: the
   * attacker knows when and where a colleague filed, not the outcome. Snapshot s's counts are x
   * plus y_1..y_s. For each hidden figure of the first snapshot the attacker minimises and
   * maximises its sum over everything published (later snapshots' figures hold persons the attacker
   * already knows are there); for each added person, it tries to prove their outcome.
   */
  static void assertNoHiddenFigureNarrowed(List<List<Observation>> snapshots, String what) {
    int k = snapshots.size();
    int vars = CELLS + (k - 1) * BUCKETS.length;
    List<LinearConstraint> constraints = new ArrayList<>();
    for (int s = 0; s < k; s++) {
      Map<BitSet, Cell> distinct = new LinkedHashMap<>();
      for (Observation o : snapshots.get(s)) {
        if (!o.cells().isEmpty()) {
          distinct.put(o.cells(), o.shown());
        }
      }
      for (Map.Entry<BitSet, Cell> e : distinct.entrySet()) {
        double[] coef = row(vars, s, e.getKey());
        Cell shown = e.getValue();
        if (shown.suppressed()) {
          constraints.add(new LinearConstraint(coef, Relationship.LEQ, MINIMUM - 1 + NOISE));
        } else {
          long v = shown.value().longValue();
          constraints.add(new LinearConstraint(coef, Relationship.LEQ, v + NOISE));
          constraints.add(new LinearConstraint(coef, Relationship.GEQ, Math.max(0, v - NOISE)));
        }
      }
    }
    for (int s = 1; s < k; s++) {
      double[] one = new double[vars];
      for (int b = 0; b < BUCKETS.length; b++) {
        one[CELLS + (s - 1) * BUCKETS.length + b] = 1;
      }
      constraints.add(new LinearConstraint(one, Relationship.EQ, 1));
    }
    int hidden = 0;
    Map<BitSet, Boolean> seen = new LinkedHashMap<>();
    for (Observation o : snapshots.get(0)) {
      if (!o.shown().suppressed() || o.cells().isEmpty() || seen.put(o.cells(), true) != null) {
        continue;
      }
      hidden++;
      double[] objective = row(vars, 0, o.cells());
      long lo = Math.round(Math.ceil(solve(objective, constraints, GoalType.MINIMIZE) - 1e-6));
      long hi = Math.round(Math.floor(solve(objective, constraints, GoalType.MAXIMIZE) + 1e-6));
      assertFalse(
          lo >= 1 && hi <= MINIMUM - 1,
          what + ": a hidden figure narrowed to [" + lo + ", " + hi + "]");
    }
    // each added person's outcome: the attacker must not be able to prove which bucket it is
    for (int s = 1; s < k; s++) {
      for (int b = 0; b < BUCKETS.length; b++) {
        double[] objective = new double[vars];
        objective[CELLS + (s - 1) * BUCKETS.length + b] = 1;
        double least = solve(objective, constraints, GoalType.MINIMIZE);
        assertTrue(
            least < 0.5,
            what + ": person " + s + " is proven to be " + BUCKETS[b] + " (" + least + ")");
      }
    }
    assertTrue(hidden > 0, what + ": the data has hidden figures to attack");
  }

  /** The coefficients of a figure over these fine cells in snapshot s: x plus y_1..y_s. */
  private static double[] row(int vars, int snapshot, BitSet cells) {
    double[] coef = new double[vars];
    cells.stream().forEach(i -> coef[i] = 1);
    for (int t = 1; t <= snapshot; t++) {
      for (int b = 0; b < BUCKETS.length; b++) {
        if (cells.get(ADDED_CELL + b)) {
          coef[CELLS + (t - 1) * BUCKETS.length + b] = 1;
        }
      }
    }
    return coef;
  }

  private static double solve(
      double[] objective, List<LinearConstraint> constraints, GoalType goal) {
    PointValuePair p =
        new SimplexSolver()
            .optimize(
                new MaxIter(100_000),
                new LinearObjectiveFunction(objective, 0),
                new LinearConstraintSet(constraints),
                goal,
                new NonNegativeConstraint(true));
    return p.getValue();
  }
}
