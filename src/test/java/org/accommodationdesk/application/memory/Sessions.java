package org.accommodationdesk.application.memory;

import jakarta.ejb.SessionContext;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicBoolean;

/** A session context that only remembers whether the transaction was marked for rollback. */
public final class Sessions {
  private Sessions() {}

  /** A session context; {@code rolledBack} is set when a use case marks its rollback. */
  public static SessionContext recording(AtomicBoolean rolledBack) {
    return (SessionContext)
        Proxy.newProxyInstance(
            SessionContext.class.getClassLoader(),
            new Class<?>[] {SessionContext.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "setRollbackOnly" -> {
                  rolledBack.set(true);
                  return null;
                }
                case "getRollbackOnly" -> {
                  return rolledBack.get();
                }
                case "toString" -> {
                  return "recording session";
                }
                case "hashCode" -> {
                  return System.identityHashCode(proxy);
                }
                case "equals" -> {
                  return proxy == args[0];
                }
                default -> throw new UnsupportedOperationException(method.getName());
              }
            });
  }
}
