package dev.warden.adapter.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface UserRowRepository extends CrudRepository<UserRow, UUID> {

    Optional<UserRow> findByUsernameKey(String usernameKey);

    Optional<UserRow> findByEmailKey(String emailKey);

    Optional<UserRow> findByOauthProviderAndOauthId(String oauthProvider, String oauthId);

    @Query("SELECT * FROM users ORDER BY username_key LIMIT :limit OFFSET :offset")
    List<UserRow> pageAll(int offset, int limit);

    @Query("SELECT * FROM users WHERE username_key LIKE :pattern OR email_key LIKE :pattern"
            + " ORDER BY username_key LIMIT :limit OFFSET :offset")
    List<UserRow> pageMatching(String pattern, int offset, int limit);

    @Query("SELECT COUNT(*) FROM users WHERE username_key LIKE :pattern OR email_key LIKE :pattern")
    long countMatching(String pattern);

    @Query("UPDATE users SET last_login = :lastLogin WHERE id = :id")
    long updateLastLogin(UUID id, Instant lastLogin);

    @Query("UPDATE users SET password_hash = :passwordHash WHERE id = :id")
    long updatePasswordHash(UUID id, String passwordHash);

    @Query("UPDATE users SET email_verified = TRUE WHERE id = :id")
    long markEmailVerified(UUID id);

    @Query("UPDATE users SET first_name = :firstName, last_name = :lastName WHERE id = :id")
    long rename(UUID id, String firstName, String lastName);

    /** Locks the rows of the active superusers, in id order so that two such locks never wait on each other. */
    @Query("SELECT * FROM users WHERE is_active = TRUE AND is_superuser = TRUE ORDER BY id FOR UPDATE")
    List<UserRow> lockActiveSuperusers();

    @Query("SELECT * FROM users WHERE is_active = TRUE AND is_superuser = TRUE")
    List<UserRow> findActiveSuperusers();
}
