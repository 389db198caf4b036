package vn.cchcflow.integrity;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads what an engine command carries (its task id, the variables it sets) from the command's own
 * fields. Camunda's commands keep them in protected fields with stable names (checked against 7.24 by
 * the authorization matrix test); a field missing on a guarded command is an error, never a pass.
 */
final class CommandFields {

  private static final Map<String, Field> FIELDS = new ConcurrentHashMap<>();

  private CommandFields() {
  }

  static Object value(Object command, String name) {
    Field field = FIELDS.computeIfAbsent(command.getClass().getName() + "#" + name, key -> find(command.getClass(), name));
    try {
      return field.get(command);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot read " + name + " of " + command.getClass().getName(), e);
    }
  }

  static String text(Object command, String name) {
    Object value = value(command, name);
    return value == null ? null : value.toString();
  }

  /** The names of the variables a command sets or removes, from a map or a collection field. */
  static Set<String> variableNames(Object command, String... fields) {
    Set<String> names = new LinkedHashSet<>();
    for (String name : fields) {
      Object value = value(command, name);
      if (value instanceof Map<?, ?> map) {
        map.keySet().forEach(key -> names.add(String.valueOf(key)));
      } else if (value instanceof Collection<?> collection) {
        collection.forEach(key -> names.add(String.valueOf(key)));
      }
    }
    return names;
  }

  private static Field find(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        Field field = c.getDeclaredField(name);
        field.setAccessible(true);
        return field;
      } catch (NoSuchFieldException ignored) {
        // look in the superclass
      }
    }
    throw new IllegalStateException("Engine command " + type.getName() + " has no field '" + name + "'");
  }
}
