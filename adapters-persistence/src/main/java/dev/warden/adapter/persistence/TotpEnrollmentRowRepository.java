package dev.warden.adapter.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface TotpEnrollmentRowRepository extends CrudRepository<TotpEnrollmentRow, UUID> {

    /** Replaces a pending authenticator; an enabled one is never touched. */
    @Query("""
            UPDATE totp_enrollments SET sealed_secret = :sealedSecret, created_at = :createdAt, last_used_step = -1
            WHERE user_id = :userId AND enabled_at IS NULL""")
    long replacePending(UUID userId, String sealedSecret, Instant createdAt);

    @Query("""
            UPDATE totp_enrollments SET enabled_at = :enabledAt, last_used_step = :step
            WHERE user_id = :userId AND enabled_at IS NULL AND sealed_secret = :sealedSecret""")
    long enable(UUID userId, String sealedSecret, Instant enabledAt, long step);

    /** One row changes only for a later step: the same code sent twice, even together, is accepted once. */
    @Query("""
            UPDATE totp_enrollments SET last_used_step = :step
            WHERE user_id = :userId AND enabled_at IS NOT NULL AND last_used_step < :step""")
    long advanceStep(UUID userId, long step);

    @Query("DELETE FROM totp_enrollments WHERE user_id = :userId")
    long deleteOfUser(UUID userId);
}
