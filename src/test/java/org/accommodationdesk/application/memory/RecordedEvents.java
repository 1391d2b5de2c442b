package org.accommodationdesk.application.memory;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * A CDI event that keeps what was fired, in order, for a test to read, and passes each to the
 * observers a test added, within the firing call (as the container's observers run in the firing
 * transaction).
 */
public class RecordedEvents<T> implements Event<T> {
  public final List<T> fired = new ArrayList<>();
  private final List<Consumer<? super T>> observers = new ArrayList<>();

  /** {@code observer} sees every event fired from now on. */
  public RecordedEvents<T> observedBy(Consumer<? super T> observer) {
    observers.add(observer);
    return this;
  }

  @Override
  public void fire(T event) {
    fired.add(event);
    observers.forEach(o -> o.accept(event));
  }

  @Override
  public <U extends T> CompletionStage<U> fireAsync(U event) {
    fired.add(event);
    return CompletableFuture.completedFuture(event);
  }

  @Override
  public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
    return fireAsync(event);
  }

  @Override
  public Event<T> select(Annotation... qualifiers) {
    return this;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
    return (Event<U>) this;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
    return (Event<U>) this;
  }
}
