package dev.warden.adapter.persistence;

import dev.warden.application.shared.port.out.BackingServiceUnavailable;
import io.micronaut.aop.InterceptPhase;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.data.connection.exceptions.ConnectionException;
import jakarta.inject.Singleton;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * The database cannot be reached (no connection from the pool in time, connection refused, lost or closed,
 * SQLSTATE class 08, or PostgreSQL's 57P0x: the server ends the connection as it shuts down or restarts, or is not
 * yet accepting connections): the port's promise is {@link BackingServiceUnavailable}, which the web answers with 503. Every
 * other failure passes through unchanged.
 */
@Singleton
class DatabaseFailureInterceptor implements MethodInterceptor<Object, Object> {

    /** Outside the transaction advice, so that a failure to begin or commit a transaction is translated too. */
    @Override
    public int getOrder() {
        return InterceptPhase.TRANSACTION.getPosition() - 1;
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        try {
            return context.proceed();
        } catch (RuntimeException e) {
            if (isConnectionFailure(e)) {
                throw new BackingServiceUnavailable(BackingServiceUnavailable.Service.DATABASE, e);
            }
            throw e;
        }
    }

    static boolean isConnectionFailure(Throwable error) {
        for (var cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException || cause instanceof ConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
