package vn.cchcflow.system;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises a failure that means "the database cannot be reached right now" anywhere in a cause chain:
 * the pool's connection timeout, a refused or dropped connection, a server shutting down. Such a request
 * is answered 503 with Retry-After; the app recovers by itself once the database is back (the pool opens
 * new connections).
 */
public final class DatabaseOutage {

  /** SQLSTATE 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now (PostgreSQL). */
  private static final Set<String> SHUTDOWN_STATES = Set.of("57P01", "57P02", "57P03");

  /** What HikariCP and the PostgreSQL driver say of a connection already closed under them. */
  private static final Set<String> CLOSED = Set.of("Connection is closed", "This connection has been closed.");

  private DatabaseOutage() {
  }

  public static boolean in(Throwable failure) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 50; t = t.getCause() == t ? null : t.getCause(), depth++) {
      if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
          || t instanceof ConnectException || t instanceof CannotCreateTransactionException
          || t instanceof DataAccessResourceFailureException) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("08") || SHUTDOWN_STATES.contains(sql.getSQLState()))) {
        return true;
      }
      // a connection that broke in the middle of a transaction: its rollback fails on a closed connection
      // and that failure replaces the first one (no SQLSTATE from the pool or the driver then)
      if (t instanceof SQLException sql && sql.getSQLState() == null && CLOSED.contains(String.valueOf(sql.getMessage()))) {
        return true;
      }
    }
    return false;
  }
}
