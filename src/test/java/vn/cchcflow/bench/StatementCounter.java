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
  /** Time spent inside the driver's execute, executeBatch and commit calls: the database's share of a phase. */
  final AtomicLong jdbcNanos = new AtomicLong();
  /** The statements executed while recording, by their text (the first 110 characters): what a phase runs. */
  final java.util.Map<String, java.util.concurrent.atomic.LongAdder> shapes =
      new java.util.concurrent.ConcurrentHashMap<>();
  volatile boolean recording;
  /** Set around a unit of work to record its statements under its own kind ("PeriodReportProcess: ..."). */
  static final ThreadLocal<String> KIND = new ThreadLocal<>();

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
            if (recording) {
              String shape = text.strip().replaceAll("\\s+", " ");
              String kind = KIND.get() == null ? "" : KIND.get() + ": ";
              shapes.computeIfAbsent(kind + shape.substring(0, Math.min(110, shape.length())),
                  k -> new java.util.concurrent.atomic.LongAdder()).increment();
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
  private <T> T proxy(Class<T> type, T target, After after) {
    AtomicLong timer = type == DataSource.class ? null : jdbcNanos;
    InvocationHandler handler = (p, method, args) -> {
      if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> c && c.isInstance(target)) {
        return target;
      }
      long t0 = System.nanoTime();
      Object result;
      try {
        result = method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      } finally {
        if (timer != null && timed(method.getName())) {
          timer.addAndGet(System.nanoTime() - t0);
        }
      }
      return after.apply(method, args, result);
    };
    return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
  }

  /** The most frequent statements recorded, per unit of work n. */
  java.util.List<String> top(int limit, long n) {
    return shapes.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
        .limit(limit).map(e -> String.format(java.util.Locale.ROOT, "%.2f %s", e.getValue().sum() / (double) n,
            e.getKey())).toList();
  }

  /** The most frequent statements recorded under {@code kind} (see {@link #KIND}), per unit of work n. */
  java.util.List<String> top(int limit, long n, String kind) {
    return shapes.entrySet().stream().filter(e -> e.getKey().startsWith(kind + ": "))
        .sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum())).limit(limit)
        .map(e -> String.format(java.util.Locale.ROOT, "%.2f %s", e.getValue().sum() / (double) n,
            e.getKey().substring(kind.length() + 2))).toList();
  }

  private static boolean timed(String method) {
    return method.startsWith("execute") || method.equals("commit");
  }

  long[] snapshot() {
    return new long[] {statements.get(), selects.get(), jdbcNanos.get()};
  }
}
