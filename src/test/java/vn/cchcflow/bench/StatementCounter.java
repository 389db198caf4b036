package vn.cchcflow.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Counts the SQL statements a data source's connections execute (JDBC-level proxy; batched statements count
 * once per addBatch), so a phase can print statements per completion without pg_stat_statements.
 */
final class StatementCounter {

  final AtomicLong statements = new AtomicLong();
  final AtomicLong selects = new AtomicLong();

  DataSource wrap(DataSource target) {
    return proxy(DataSource.class, target, (method, args, result) -> result instanceof Connection c
        ? proxy(Connection.class, c, this::onConnection) : result);
  }

  private Object onConnection(java.lang.reflect.Method method, Object[] args, Object result) {
    if (result instanceof Statement s && !(result instanceof java.sql.CallableStatement)) {
      String sql = args != null && args.length > 0 && args[0] instanceof String q ? q : null;
      @SuppressWarnings("unchecked")
      Class<Statement> type = (Class<Statement>) (result instanceof java.sql.PreparedStatement
          ? java.sql.PreparedStatement.class : Statement.class);
      return proxy(type, s, (m, a, r) -> {
        String name = m.getName();
        if (name.startsWith("execute") || name.equals("addBatch")) {
          if (!name.equals("executeBatch")) {
            statements.incrementAndGet();
            String text = sql != null ? sql : a != null && a.length > 0 && a[0] instanceof String q ? q : "";
            if (text.stripLeading().regionMatches(true, 0, "select", 0, 6)) {
              selects.incrementAndGet();
            }
          }
        }
        return r;
      });
    }
    return result;
  }

  interface After {
    Object apply(java.lang.reflect.Method method, Object[] args, Object result) throws Exception;
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, T target, After after) {
    InvocationHandler handler = (p, method, args) -> {
      if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> c && c.isInstance(target)) {
        return target;
      }
      try {
        return after.apply(method, args, method.invoke(target, args));
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    };
    return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
  }

  long[] snapshot() {
    return new long[] {statements.get(), selects.get()};
  }
}
