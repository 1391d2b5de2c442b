package org.accommodationdesk.application.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.accommodationdesk.application.memory.Fields;
import org.accommodationdesk.application.memory.InMemoryRevocationRecords;
import org.accommodationdesk.application.memory.MovableClock;
import org.accommodationdesk.domain.account.SignInRevocation;
import org.junit.jupiter.api.Test;

/**
 * Sign-ins ended on every node of a cluster: a revocation made on one node holds there at once and
 * on the others once they read the stored ones; a node that starts reads those of the last two
 * days; each node reads again every few seconds, and a failed read does not stop it.
 */
class SignInRevocationsTest {
  static final Instant NOW = Instant.parse("2026-12-02T15:00:00Z");

  final InMemoryRevocationRecords records = new InMemoryRevocationRecords();
  final MovableClock clock = new MovableClock(NOW);

  /** What a node's executor was asked to repeat: the task and its delays in seconds. */
  record Repeated(Runnable task, long initialDelay, long delay, TimeUnit unit) {}

  final List<Repeated> repeated = new ArrayList<>();
  final List<Boolean> cancelled = new ArrayList<>();

  ManagedScheduledExecutorService executor() {
    return (ManagedScheduledExecutorService)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {ManagedScheduledExecutorService.class},
            (proxy, method, args) -> {
              if (!method.getName().equals("scheduleWithFixedDelay")) {
                throw new UnsupportedOperationException(method.getName());
              }
              repeated.add(
                  new Repeated(
                      (Runnable) args[0], (long) args[1], (long) args[2], (TimeUnit) args[3]));
              return Proxy.newProxyInstance(
                  getClass().getClassLoader(),
                  new Class<?>[] {ScheduledFuture.class},
                  (f, m, a) -> {
                    if (m.getName().equals("cancel")) {
                      cancelled.add((Boolean) a[0]);
                      return true;
                    }
                    throw new UnsupportedOperationException(m.getName());
                  });
            });
  }

  SignInRevocations node(int refreshSeconds) {
    SignInRevocations n = new SignInRevocations();
    Fields.set(n, "records", records);
    Fields.set(n, "executor", executor());
    Fields.set(n, "clock", clock);
    Fields.set(n, "refreshSeconds", refreshSeconds);
    return n;
  }

  @Test
  void aRevocationHoldsOnItsNodeAtOnceAndOnAnotherOnceItReads() {
    SignInRevocations one = node(5);
    SignInRevocations two = node(5);
    one.start();
    two.start();
    clock.advance(Duration.ofSeconds(3));
    one.revoke("ann", clock.instant());
    Instant before = clock.instant().minusSeconds(60);
    assertTrue(one.isRevoked("ann", before));
    assertTrue(one.isRevoked("ann", clock.instant()), "a sign-in at that very moment too");
    assertFalse(one.isRevoked("ann", clock.instant().plusSeconds(1)), "a later one counts");
    assertFalse(two.isRevoked("ann", before), "not read yet");
    repeated.get(1).task().run();
    assertTrue(two.isRevoked("ann", before), "read with its next refresh");
    assertFalse(two.isRevoked("bo", before));
  }

  @Test
  void thePersonsLatestRevocationCountsWhicheverIsReadLast() {
    SignInRevocations node = node(5);
    node.start();
    node.revoke("ann", NOW.plusSeconds(10));
    records.store(new SignInRevocation("ann", NOW)); // an earlier one from another node
    node.refresh();
    assertTrue(node.isRevoked("ann", NOW.plusSeconds(5)), "signed in between the two");
  }

  @Test
  void aNodeThatStartsReadsTheRevocationsOfTheLastTwoDaysOnly() {
    records.store(new SignInRevocation("old", NOW.minus(Duration.ofDays(3))));
    records.store(new SignInRevocation("recent", NOW.minus(Duration.ofDays(1))));
    SignInRevocations node = node(5);
    node.start();
    assertTrue(node.isRevoked("recent", NOW.minus(Duration.ofDays(2))));
    assertFalse(node.isRevoked("old", NOW.minus(Duration.ofDays(4))), "long over");
  }

  @Test
  void aRevocationOlderThanTwoDaysIsForgottenAtTheNextRead() {
    SignInRevocations node = node(5);
    node.start();
    node.revoke("ann", NOW);
    clock.advance(SignInRevocations.KEPT);
    node.refresh();
    assertTrue(node.isRevoked("ann", NOW.minusSeconds(1)), "two days: still kept");
    clock.advance(Duration.ofSeconds(1));
    node.refresh();
    assertFalse(node.isRevoked("ann", NOW.minusSeconds(1)), "after two days: forgotten");
  }

  @Test
  void eachNodeReadsAgainEveryFewSecondsUntilItStops() {
    SignInRevocations node = node(7);
    node.start();
    assertEquals(1, repeated.size());
    assertEquals(7, repeated.get(0).initialDelay());
    assertEquals(7, repeated.get(0).delay());
    assertEquals(TimeUnit.SECONDS, repeated.get(0).unit());
    node(0).start();
    assertEquals(1, repeated.get(1).delay(), "at least every second");
    node.stop();
    assertEquals(List.of(false), cancelled, "a read under way finishes");
    new SignInRevocations().stop(); // never started: nothing to stop
  }

  @Test
  void aFailedReadIsTriedAgainWithTheNextRefresh() {
    SignInRevocations node = node(5);
    node.start();
    Fields.set(
        node,
        "records",
        new InMemoryRevocationRecords() {
          @Override
          public List<SignInRevocation> after(Instant after) {
            throw new IllegalStateException("database down");
          }
        });
    repeated.get(0).task().run(); // logged, not thrown: the schedule goes on
    Fields.set(node, "records", records);
    records.store(new SignInRevocation("ann", NOW));
    repeated.get(0).task().run();
    assertTrue(node.isRevoked("ann", NOW), "read after the database came back");
  }
}
