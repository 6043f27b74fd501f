package com.oneprice.platform.problems;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/**
 * Which failures mean that the database cannot be reached right now, so that the request may succeed when retried
 * (503 with Retry-After), rather than a bug (500): the connection refused or lost, the server shutting down, crashed
 * or still recovering, out of connections or of another resource, a standby that takes no writes, and the pool that
 * had no connection to give within its timeout.
 */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /** True when {@code failure}, or anything it was caused by, is the database being unavailable. */
    public static boolean unavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (saysUnavailable(s)) {
                        return true;
                    }
                }
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException
                    || t instanceof SocketTimeoutException || t instanceof UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    /**
     * By SQLSTATE: class 08 (connection exception), 53 (insufficient resources: too many connections, disk full),
     * 57P01-57P04 (admin shutdown, crash shutdown, cannot connect now: starting up or in recovery, database dropped),
     * 58 (system error: I/O), and 25006 (read-only transaction: a standby after a failover). The connection pool
     * (Agroal) reports its own refusals, such as the acquisition timeout, without an SQLSTATE.
     */
    private static boolean saysUnavailable(SQLException e) {
        String state = e.getSQLState();
        if (state == null) {
            StackTraceElement[] where = e.getStackTrace();
            return where.length > 0 && where[0].getClassName().startsWith("io.agroal.");
        }
        return state.startsWith("08") || state.startsWith("53") || state.startsWith("57P") || state.startsWith("58")
                || state.equals("25006");
    }
}
