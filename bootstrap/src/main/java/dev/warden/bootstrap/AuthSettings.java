package dev.warden.bootstrap;

import dev.warden.adapter.memory.Argon2PasswordHasher;
import dev.warden.application.service.SessionSettings;
import dev.warden.application.service.TokenLifetimes;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/** Every lifetime and limit of the service, in one place (application.yml maps the environment onto it). */
@ConfigurationProperties("auth")
public record AuthSettings(Tokens tokens, Session session, Password password, @Nullable Admin bootstrapAdmin) {

    @ConfigurationProperties("tokens")
    public record Tokens(@Bindable(defaultValue = "7d") Duration accessTtl,
                         @Bindable(defaultValue = "30d") Duration refreshTtl) {
        TokenLifetimes lifetimes() {
            return new TokenLifetimes(accessTtl, refreshTtl);
        }
    }

    @ConfigurationProperties("session")
    public record Session(@Bindable(defaultValue = "7d") Duration ttl,
                          @Bindable(defaultValue = "warden:") String redisKeyPrefix) {
        SessionSettings settings() {
            return new SessionSettings(ttl);
        }
    }

    @ConfigurationProperties("password")
    public record Password(@Bindable(defaultValue = "8") int minLength,
                           @Bindable(defaultValue = "19456") int argon2MemoryKib,
                           @Bindable(defaultValue = "2") int argon2Iterations,
                           @Bindable(defaultValue = "1") int argon2Parallelism) {
        Argon2PasswordHasher.Parameters argon2() {
            return new Argon2PasswordHasher.Parameters(argon2MemoryKib, argon2Iterations, argon2Parallelism);
        }
    }

    /** The superuser created at start when absent; all three values or none. */
    @ConfigurationProperties("bootstrap-admin")
    public record Admin(@Nullable String username, @Nullable String email, @Nullable String password) {
        boolean configured() {
            return username != null && !username.isBlank();
        }
    }
}
