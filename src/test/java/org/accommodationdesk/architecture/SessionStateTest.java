package org.accommodationdesk.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a web session holds must travel to another node of the cluster (Payara's data grid
 * serialises it after each request): every session- and view-scoped bean's state, and whatever that
 * state refers to, is serialisable. Injected beans are the container's serialisable proxies (Weld
 * refuses a deployment whose passivating beans inject anything else), and must not be transient:
 * the container does not inject again after deserialising, so a transient service would be null on
 * the node a session moved to (found by ClusterIT, killing a node mid-form). A field of an
 * interface type (List, Map) is checked by its type arguments; what implements it is the code's
 * business, and Payara's log names it ("Cannot serialize session attribute") if it is not.
 */
class SessionStateTest {

  @Test
  void everythingASessionHoldsIsSerialisable() {
    List<String> problems = new ArrayList<>();
    int beans = 0;
    for (JavaClass c : LayeringTest.CLASSES) {
      if (c.isAnnotatedWith(SessionScoped.class) || c.isAnnotatedWith(ViewScoped.class)) {
        beans++;
        Class<?> bean = c.reflect();
        if (!Serializable.class.isAssignableFrom(bean)) {
          problems.add(bean.getName() + " is not Serializable");
        }
        checkFields(bean, bean.getSimpleName(), new HashSet<>(), problems);
      }
    }
    assertEquals(List.of(), problems, "session state that cannot move to another node");
    org.junit.jupiter.api.Assertions.assertTrue(beans > 10, "found the pages' beans: " + beans);
  }

  private static void checkFields(
      Class<?> type, String path, Set<Class<?>> seen, List<String> problems) {
    if (!seen.add(type)) {
      return;
    }
    for (Class<?> k = type; k != null && k != Object.class; k = k.getSuperclass()) {
      for (Field f : k.getDeclaredFields()) {
        int m = f.getModifiers();
        if (injected(f) && Modifier.isTransient(m)) {
          // the container does not inject again after a session moves to another node
          problems.add(
              path + "." + f.getName() + " is injected and transient: null on another node");
        }
        if (Modifier.isStatic(m) || Modifier.isTransient(m) || injected(f)) {
          continue;
        }
        checkType(f.getGenericType(), path + "." + f.getName(), seen, problems);
      }
    }
  }

  private static boolean injected(Field f) {
    return f.isAnnotationPresent(Inject.class) || f.isAnnotationPresent(jakarta.ejb.EJB.class);
  }

  private static void checkType(Type t, String path, Set<Class<?>> seen, List<String> problems) {
    if (t instanceof ParameterizedType p) {
      checkType(p.getRawType(), path, seen, problems);
      for (Type a : p.getActualTypeArguments()) {
        checkType(a, path + "<>", seen, problems);
      }
    } else if (t instanceof GenericArrayType a) {
      checkType(a.getGenericComponentType(), path + "[]", seen, problems);
    } else if (t instanceof WildcardType w) {
      for (Type u : w.getUpperBounds()) {
        checkType(u, path, seen, problems);
      }
    } else if (t instanceof Class<?> c) {
      if (c.isArray()) {
        checkType(c.getComponentType(), path + "[]", seen, problems);
        return;
      }
      if (c.isPrimitive() || c == Object.class) {
        return;
      }
      if (c.isInterface() && !c.getName().startsWith("org.accommodationdesk")) {
        return; // List, Map, Set...: their type arguments were checked
      }
      if (!Serializable.class.isAssignableFrom(c)) {
        problems.add(path + ": " + c.getName() + " is not Serializable");
        return;
      }
      if (c.getName().startsWith("org.accommodationdesk")) {
        checkFields(c, path, seen, problems);
      }
    }
  }
}
