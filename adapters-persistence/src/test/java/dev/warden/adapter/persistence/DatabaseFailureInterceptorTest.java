package dev.warden.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.exceptions.DataAccessException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which database failures are "unavailable" (503) and which pass through (500). */
class DatabaseFailureInterceptorTest {

    private static RuntimeException wrapped(String sqlState) {
        return new DataAccessException("Error executing PERSIST", new SQLException("failure", sqlState));
    }

    @Test
    void aConnectionLostOrRefusedIsAnOutage() {
        assertThat(DatabaseFailureInterceptor.isConnectionFailure(wrapped("08006"))).isTrue();
        assertThat(DatabaseFailureInterceptor.isConnectionFailure(wrapped("08001"))).isTrue();
    }

    /** Found by bench/soak: pg_ctl restart -m fast ends every session with FATAL 57P01 in the middle of a write. */
    @Test
    void theServerEndingTheConnectionAsItStopsOrStartsIsAnOutage() {
        assertThat(DatabaseFailureInterceptor.isConnectionFailure(wrapped("57P01"))).isTrue();   // admin_shutdown
        assertThat(DatabaseFailureInterceptor.isConnectionFailure(wrapped("57P02"))).isTrue();   // crash_shutdown
        assertThat(DatabaseFailureInterceptor.isConnectionFailure(wrapped("57P03"))).isTrue();   // cannot_connect_now
    }

    @Test
    void otherFailuresPassThrough() {
        assertThat(DatabaseFailureInterceptor.isConnectionFailure(wrapped("23505"))).isFalse();  // unique violation
        assertThat(DatabaseFailureInterceptor.isConnectionFailure(wrapped("57014"))).isFalse();  // query canceled
        assertThat(DatabaseFailureInterceptor.isConnectionFailure(new IllegalStateException("x"))).isFalse();
    }
}
