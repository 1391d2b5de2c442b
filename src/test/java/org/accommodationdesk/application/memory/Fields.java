package org.accommodationdesk.application.memory;

import java.lang.reflect.Field;

/** Sets what the container would inject into a field, for tests without a container. */
public final class Fields {
  private Fields() {}

  /** Sets the field {@code name} of {@code target} (declared by its class or a superclass). */
  public static void set(Object target, String name, Object value) {
    for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
      try {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        f.set(target, value);
        return;
      } catch (NoSuchFieldException e) {
        // look in the superclass
      } catch (IllegalAccessException e) {
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("no field " + name + " in " + target.getClass().getName());
  }

  /** Reads the field {@code name} of {@code target}. */
  public static Object get(Object target, String name) {
    for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
      try {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(target);
      } catch (NoSuchFieldException e) {
        // look in the superclass
      } catch (IllegalAccessException e) {
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("no field " + name + " in " + target.getClass().getName());
  }
}
