package vn.cchcflow.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cchcflow.TestPostgres;

/** The benchmark's plain-JDBC side of PostgreSQL: databases, ANALYZE, sizes and the statistics views. */
final class Pg {

  final String database;
  final String url;

  Pg(String database) {
    this.database = database;
    this.url = TestPostgres.ADMIN_URL.substring(0, TestPostgres.ADMIN_URL.lastIndexOf('/') + 1) + database;
  }

  void fresh() throws SQLException {
    try (Connection admin = DriverManager.getConnection(TestPostgres.ADMIN_URL, TestPostgres.USER, TestPostgres.PASSWORD);
         Statement sql = admin.createStatement()) {
      sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
      sql.execute("CREATE DATABASE " + database);
    }
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, TestPostgres.USER, TestPostgres.PASSWORD);
  }

  void execute(String... statements) throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      for (String statement : statements) {
        s.execute(statement);
      }
    }
  }

  long number(String query) throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  List<String> lines(String query) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
      while (rs.next()) {
        lines.add(rs.getString(1));
      }
    }
    return lines;
  }

  /** Autovacuum is off on this machine: statistics after every bulk phase, untimed. */
  void analyze() throws SQLException {
    execute("ANALYZE");
  }

  /**
   * Writes the bulk phase's dirty pages now, so the checkpoint its WAL would trigger does not fall inside the
   * next timed phase (the flat-cost probe after a bulk copy would pay for the copy).
   */
  void checkpoint() throws SQLException {
    execute("CHECKPOINT");
  }

  /** Bytes in the public schema's tables, their TOAST and indexes. */
  long bytes() throws SQLException {
    return number("select coalesce(sum(pg_total_relation_size(c.oid)), 0) from pg_class c join pg_namespace n "
        + "on n.oid = c.relnamespace where c.relkind = 'r' and n.nspname = 'public'");
  }

  /** Bytes in the tables whose names start with the prefix (e.g. act_hi_). */
  long bytes(String prefix) throws SQLException {
    return number("select coalesce(sum(pg_total_relation_size(c.oid)), 0) from pg_class c join pg_namespace n "
        + "on n.oid = c.relnamespace where c.relkind = 'r' and n.nspname = 'public' and c.relname like '" + prefix
        + "%'");
  }

  /**
   * The counters of pg_stat_database and pg_stat_user_tables. Backends report their counters when a
   * transaction ends at most once a second, and an idle backend after 10 s: the caller waits
   * ({@link #settle()}) before a snapshot that must hold everything.
   */
  Counters counters() throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.execute("select pg_stat_clear_snapshot()");
      Counters counters = new Counters();
      try (ResultSet rs = s.executeQuery("select xact_commit, tup_returned, tup_fetched, tup_inserted, tup_updated, "
          + "tup_deleted from pg_stat_database where datname = current_database()")) {
        rs.next();
        for (int i = 0; i < 6; i++) {
          counters.database[i] = rs.getLong(i + 1);
        }
      }
      try (ResultSet rs = s.executeQuery("select relname, seq_scan, seq_tup_read, coalesce(idx_scan, 0) "
          + "from pg_stat_user_tables")) {
        while (rs.next()) {
          counters.tables.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
        }
      }
      return counters;
    }
  }

  static void settle() throws InterruptedException {
    Thread.sleep(11_000);
  }

  static final class Counters {
    final long[] database = new long[6];
    final Map<String, long[]> tables = new LinkedHashMap<>();

    /** Rows PostgreSQL read by scans (tup_returned) between before and this. */
    long rowsReadSince(Counters before) {
      return database[1] - before.database[1];
    }

    /** What happened between before and this: per unit of work n, and the tables scanned sequentially. */
    String since(Counters before, long n, long[] statementsBefore, long[] statementsAfter) {
      long seqScans = 0;
      long seqRows = 0;
      List<String> worst = new ArrayList<>();
      for (Map.Entry<String, long[]> e : tables.entrySet()) {
        long[] b = before.tables.getOrDefault(e.getKey(), new long[3]);
        long scans = e.getValue()[0] - b[0];
        long rows = e.getValue()[1] - b[1];
        seqScans += scans;
        seqRows += rows;
        if (rows > 0) {
          worst.add(String.format("%012d %s %.2f seq scans, %.0f rows", rows, e.getKey(), scans / (double) n,
              rows / (double) n));
        }
      }
      worst.sort(java.util.Comparator.reverseOrder());
      String top = String.join("; ", worst.stream().limit(4).map(w -> w.substring(13)).toList());
      return String.format(java.util.Locale.ROOT,
          "%.1f statements (%.1f selects), %.1f rows read by scans (tup_returned), %.1f fetched, %.1f inserted, "
              + "%.1f updated, %.1f deleted, %.2f sequential scans reading %.0f rows; most read: %s",
          (statementsAfter[0] - statementsBefore[0]) / (double) n, (statementsAfter[1] - statementsBefore[1]) / (double) n,
          (database[1] - before.database[1]) / (double) n, (database[2] - before.database[2]) / (double) n,
          (database[3] - before.database[3]) / (double) n, (database[4] - before.database[4]) / (double) n,
          (database[5] - before.database[5]) / (double) n, seqScans / (double) n, seqRows / (double) n,
          top.isEmpty() ? "-" : top);
    }
  }
}
