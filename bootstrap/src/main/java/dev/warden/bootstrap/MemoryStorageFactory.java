package dev.warden.bootstrap;

import dev.warden.adapter.memory.InMemoryAuditLog;
import dev.warden.adapter.memory.InMemoryClientMetadataStore;
import dev.warden.adapter.memory.InMemoryClusterLock;
import dev.warden.adapter.memory.InMemoryLegacyTokenStore;
import dev.warden.adapter.memory.InMemoryOneTimeTokenStore;
import dev.warden.adapter.memory.InMemoryPasskeyStore;
import dev.warden.adapter.memory.InMemoryRefreshTokenStore;
import dev.warden.adapter.memory.InMemoryRevokedAccessTokens;
import dev.warden.adapter.memory.InMemorySignInCodeStore;
import dev.warden.adapter.memory.InMemorySigningKeyStore;
import dev.warden.adapter.memory.InMemoryTotpStore;
import dev.warden.adapter.memory.InMemoryUserRepository;
import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.housekeeping.port.out.ClusterLock;
import dev.warden.application.legacy.port.out.LegacyTokenStore;
import dev.warden.application.mail.port.out.OneTimeTokenStore;
import dev.warden.application.mail.port.out.SignInCodeStore;
import dev.warden.application.passkey.port.out.PasskeyStore;
import dev.warden.application.secondfactor.port.out.TotpStore;
import dev.warden.application.selfservice.port.out.ClientMetadataStore;
import dev.warden.application.shared.port.out.AuditLog;
import dev.warden.application.signingkey.port.out.SigningKeyStore;
import dev.warden.application.token.port.out.RefreshTokenStore;
import dev.warden.application.token.port.out.RevokedAccessTokens;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code AUTH_STORAGE=memory} (the Micronaut environment {@code memory}): every store in this process's memory, no
 * database opened and nothing written to disk; everything is lost when the process ends. For trying the service,
 * demos and the integration tests of its users. Without it, the JDBC adapters serve these ports.
 */
@Factory
@Requires(env = Storage.MEMORY)
class MemoryStorageFactory {
    private static final Logger LOG = LoggerFactory.getLogger(MemoryStorageFactory.class);

    @Singleton
    UserRepository users() {
        LOG.warn("AUTH_STORAGE=memory: accounts, tokens and keys are kept in process memory only, and lost at exit");
        return new InMemoryUserRepository();
    }

    @Singleton
    RefreshTokenStore refreshTokens() {
        return new InMemoryRefreshTokenStore();
    }

    @Singleton
    RevokedAccessTokens revokedAccessTokens() {
        return new InMemoryRevokedAccessTokens();
    }

    @Singleton
    OneTimeTokenStore oneTimeTokens() {
        return new InMemoryOneTimeTokenStore();
    }

    @Singleton
    SignInCodeStore signInCodes() {
        return new InMemorySignInCodeStore();
    }

    @Singleton
    LegacyTokenStore legacyTokens() {
        return new InMemoryLegacyTokenStore();
    }

    @Singleton
    TotpStore totpEnrollments() {
        return new InMemoryTotpStore();
    }

    @Singleton
    PasskeyStore passkeys() {
        return new InMemoryPasskeyStore();
    }

    @Singleton
    ClientMetadataStore clientMetadata() {
        return new InMemoryClientMetadataStore();
    }

    @Singleton
    SigningKeyStore signingKeys() {
        return new InMemorySigningKeyStore();
    }

    @Singleton
    AuditLog auditLog() {
        return new InMemoryAuditLog();
    }

    /** This process holds every store, so it is the whole cluster: a lock of its own. */
    @Singleton
    ClusterLock clusterLock() {
        return new InMemoryClusterLock();
    }
}
