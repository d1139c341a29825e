package dev.warden.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.application.account.port.out.TestUsers;
import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.account.port.out.UserRepositoryContract;
import dev.warden.application.housekeeping.port.out.ClusterLock;
import dev.warden.application.housekeeping.port.out.ClusterLockContract;
import dev.warden.application.legacy.port.out.LegacyTokenStore;
import dev.warden.application.legacy.port.out.LegacyTokenStoreContract;
import dev.warden.application.mail.port.out.OneTimeTokenStore;
import dev.warden.application.mail.port.out.OneTimeTokenStoreContract;
import dev.warden.application.mail.port.out.SignInCodeStore;
import dev.warden.application.mail.port.out.SignInCodeStoreContract;
import dev.warden.application.passkey.port.out.PasskeyStore;
import dev.warden.application.passkey.port.out.PasskeyStoreContract;
import dev.warden.application.secondfactor.port.out.TotpStore;
import dev.warden.application.selfservice.port.out.ClientMetadataStore;
import dev.warden.application.selfservice.port.out.ClientMetadataStoreContract;
import dev.warden.application.secondfactor.port.out.TotpStoreContract;
import dev.warden.application.shared.port.out.AuditLog;
import dev.warden.application.shared.port.out.AuditLogContract;
import dev.warden.application.signingkey.port.out.SigningKeyStore;
import dev.warden.application.signingkey.port.out.SigningKeyStoreContract;
import dev.warden.application.token.port.out.RefreshTokenStore;
import dev.warden.application.token.port.out.RefreshTokenStoreContract;
import dev.warden.application.token.port.out.RevokedAccessTokens;
import dev.warden.application.token.port.out.RevokedAccessTokensContract;
import dev.warden.domain.token.LegacyToken;
import dev.warden.domain.token.TokenDigest;
import dev.warden.domain.user.UserId;
import io.micronaut.context.ApplicationContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Runs every port contract against the JDBC adapters on one database, migrated by Flyway at start.
 * Subclasses say which database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcAdapterSuite {
    private ApplicationContext context;

    /** The datasource settings ({@code datasources.default.*}) of the database under test. */
    protected abstract Map<String, Object> datasource();

    /** Whether other processes may share the database (PostgreSQL), rather than this one alone opening it (H2). */
    protected boolean shared() {
        return false;
    }

    @BeforeAll
    void start() {
        var properties = new HashMap<String, Object>(datasource());
        properties.put("flyway.datasources.default.enabled", true);
        context = ApplicationContext.run(properties);
    }

    @AfterAll
    void stop() {
        if (context != null) {
            context.close();
        }
    }

    private UserId storeUser() {
        var name = TestUsers.unique("owner");
        var user = TestUsers.user(name, name + "@example.com");
        context.getBean(UserRepository.class).add(user);
        return user.id();
    }

    @Nested
    class Users extends UserRepositoryContract {
        @Override
        protected UserRepository repository() {
            return context.getBean(JdbcUserRepository.class);
        }
    }

    @Nested
    class RefreshTokens extends RefreshTokenStoreContract {
        @Override
        protected RefreshTokenStore store() {
            return context.getBean(JdbcRefreshTokenStore.class);
        }

        @Override
        protected UserId storedUser() {
            return storeUser();
        }
    }

    @Nested
    class Locks extends ClusterLockContract {
        @Override
        protected ClusterLock lock() {
            return context.getBean(JdbcClusterLock.class);
        }

        /** On a shared database, a second instance: its own adapter, its own connections, the same database. */
        @Override
        protected ClusterLock otherInstance() {
            return shared() ? new JdbcClusterLock(context.getBean(javax.sql.DataSource.class)) : lock();
        }

        /** Two instances on one PostgreSQL database start their sweeps together: one sweeps, the other skips. */
        @Test
        void ofTwoInstancesSweepingTogetherOnlyOneSweeps() throws Exception {
            org.junit.jupiter.api.Assumptions.assumeTrue(shared(), "one process alone opens an embedded database");
            var dataSource = context.getBean(javax.sql.DataSource.class);
            var durable = context.getBean(JdbcRevokedAccessTokens.class);
            var inSweep = new java.util.concurrent.CountDownLatch(1);
            var release = new java.util.concurrent.CountDownLatch(1);
            RevokedAccessTokens held = new RevokedAccessTokens() {
                @Override
                public void revoke(String tokenId, UserId userId, Instant expiresAt) {
                    durable.revoke(tokenId, userId, expiresAt);
                }

                @Override
                public boolean isRevoked(String tokenId) {
                    return durable.isRevoked(tokenId);
                }

                @Override
                public Map<String, Instant> unexpired(Instant now) {
                    return durable.unexpired(now);
                }

                @Override
                public int purgeExpired(Instant now, int batch) {
                    inSweep.countDown();
                    try {
                        release.await(10, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return durable.purgeExpired(now, batch);
                }
            };
            var first = sweeper(held, new JdbcClusterLock(dataSource));
            var second = sweeper(durable, new JdbcClusterLock(dataSource));

            var running = java.util.concurrent.CompletableFuture.supplyAsync(first::sweep,
                    java.util.concurrent.Executors.newSingleThreadExecutor());
            assertThat(inSweep.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(second.sweep().ran()).isFalse();

            release.countDown();
            assertThat(running.get(10, java.util.concurrent.TimeUnit.SECONDS).ran()).isTrue();
            assertThat(second.sweep().ran()).isTrue();
        }

        /** A sweeper whose clock stands before every row of the suite, so that it removes nothing of theirs. */
        private dev.warden.application.housekeeping.port.in.HousekeepingUseCase sweeper(
                RevokedAccessTokens revocations, ClusterLock lock) {
            return dev.warden.application.housekeeping.HousekeepingAssembly.of(revocations,
                    context.getBean(JdbcOneTimeTokenStore.class), context.getBean(JdbcSignInCodeStore.class),
                    context.getBean(JdbcRefreshTokenStore.class), context.getBean(JdbcLegacyTokenStore.class),
                    context.getBean(JdbcAuditLog.class), lock, (what, rows) -> { }, () -> Instant.EPOCH,
                    new dev.warden.application.housekeeping.HousekeepingSettings(java.time.Duration.ofDays(1), 100,
                            java.time.Duration.ZERO)).housekeeping();
        }
    }

    @Nested
    class Revocations extends RevokedAccessTokensContract {
        @Override
        protected RevokedAccessTokens revocations() {
            return context.getBean(JdbcRevokedAccessTokens.class);
        }

        @Override
        protected UserId storedUser() {
            return storeUser();
        }
    }

    @Nested
    class OneTimeTokens extends OneTimeTokenStoreContract {
        @Override
        protected OneTimeTokenStore store() {
            return context.getBean(JdbcOneTimeTokenStore.class);
        }

        @Override
        protected UserId storedUser() {
            return storeUser();
        }
    }

    @Nested
    class SignInCodes extends SignInCodeStoreContract {
        @Override
        protected SignInCodeStore store() {
            return context.getBean(JdbcSignInCodeStore.class);
        }
    }

    @Nested
    class Totp extends TotpStoreContract {
        @Override
        protected TotpStore store() {
            return context.getBean(JdbcTotpStore.class);
        }

        @Override
        protected UserId storedUser() {
            return storeUser();
        }

        @Test
        void enablingWritesTheAuthenticatorAndItsCodesTogetherOrNothing() {
            var user = storeUser();
            store().savePending(dev.warden.domain.mfa.TotpEnrollment.pending(user, new byte[] {4, 5}, TestUsers.T0));

            // two equal hashes: the second insert breaks the primary key, and the transaction must take all back
            var failing = new java.util.AbstractSet<String>() {
                @Override
                public java.util.Iterator<String> iterator() {
                    return java.util.List.of("e".repeat(64), "e".repeat(64)).iterator();
                }

                @Override
                public int size() {
                    return 2;
                }
            };
            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> store().enable(user, new byte[] {4, 5}, TestUsers.T0, 9, failing))
                    .isInstanceOf(RuntimeException.class);

            assertThat(store().find(user).orElseThrow().enabled()).isFalse();
            assertThat(store().recoveryCodesLeft(user)).isZero();
            assertThat(store().enable(user, new byte[] {4, 5}, TestUsers.T0, 9, java.util.Set.of("e".repeat(64))))
                    .isTrue();
        }

        @Test
        void deletingTheUserDeletesTheirAuthenticatorAndRecoveryCodes() {
            var user = storeUser();
            store().savePending(dev.warden.domain.mfa.TotpEnrollment.pending(user, new byte[] {1, 2, 3}, TestUsers.T0));
            store().enable(user, new byte[] {1, 2, 3}, TestUsers.T0, 7, java.util.Set.of("f".repeat(64)));

            context.getBean(UserRepository.class).delete(user);

            assertThat(store().find(user)).isEmpty();
            assertThat(store().recoveryCodesLeft(user)).isZero();
        }
    }

    @Nested
    class ClientMetadata extends ClientMetadataStoreContract {
        @Override
        protected ClientMetadataStore store() {
            return context.getBean(JdbcClientMetadataStore.class);
        }

        @Override
        protected UserId storedUser() {
            return storeUser();
        }

        @Test
        void deletingTheUserDeletesTheirMetadata() {
            var user = storeUser();
            store().save(user, "{\"k\":\"v\"}");

            context.getBean(UserRepository.class).delete(user);

            assertThat(store().find(user)).isEmpty();
        }
    }

    @Nested
    class Passkeys extends PasskeyStoreContract {
        @Override
        protected PasskeyStore store() {
            return context.getBean(JdbcPasskeyStore.class);
        }

        @Override
        protected UserId storedUser() {
            return storeUser();
        }

        @Test
        void deletingTheUserDeletesTheirPasskeys() {
            var user = storeUser();
            store().add(dev.warden.domain.passkey.Passkey.registered(UUID.randomUUID(), user, new byte[] {9, 8, 7},
                    "Key", new byte[] {1}, 0, List.of(), false, false, TestUsers.T0));

            context.getBean(UserRepository.class).delete(user);

            assertThat(store().listByUser(user)).isEmpty();
            assertThat(store().findByCredentialId(new byte[] {9, 8, 7})).isEmpty();
        }
    }

    @Nested
    class LegacyTokens extends LegacyTokenStoreContract {
        @Override
        protected LegacyTokenStore store() {
            return context.getBean(JdbcLegacyTokenStore.class);
        }

        @Override
        protected UserId storedUser() {
            return storeUser();
        }

        @Test
        void addingATokenDropsTheUsersExpiredRowsOnly() {
            var user = storeUser();
            var stranger = storeUser();
            var expired = legacyToken(user, TestUsers.T0.minus(LIFETIME));
            var strangers = legacyToken(stranger, TestUsers.T0.minus(LIFETIME));
            var live = legacyToken(user, TestUsers.T0.minusSeconds(60));
            List.of(expired, strangers, live).forEach(store()::add);

            store().add(legacyToken(user, TestUsers.T0));

            var rows = context.getBean(LegacyTokenRowRepository.class);
            assertThat(rows.existsById(expired.id())).isFalse();
            assertThat(rows.existsById(live.id())).isTrue();
            assertThat(rows.existsById(strangers.id())).isTrue();
        }

        private static LegacyToken legacyToken(UserId user, Instant issuedAt) {
            return LegacyToken.issue(UUID.randomUUID(), TokenDigest.of(UUID.randomUUID().toString()), user, issuedAt,
                    LIFETIME);
        }
    }

    @Nested
    class Audit extends AuditLogContract {
        @BeforeEach
        void emptyTheLog() {
            context.getBean(AuditEntryRowRepository.class).deleteAll();
        }

        @Override
        protected AuditLog log() {
            return context.getBean(JdbcAuditLog.class);
        }
    }

    @Nested
    class SigningKeys extends SigningKeyStoreContract {
        @BeforeEach
        void emptyTheStore() {
            context.getBean(SigningKeyRowRepository.class).deleteAll();
        }

        @Override
        protected SigningKeyStore store() {
            return context.getBean(JdbcSigningKeyStore.class);
        }
    }
}
