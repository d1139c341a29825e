package dev.warden.bootstrap;

import dev.warden.application.port.in.EnsureAdministratorUseCase;
import dev.warden.application.port.in.RegisterCommand;
import dev.warden.domain.error.AuthException;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the superuser named by AUTH_BOOTSTRAP_ADMIN_* at start, when it does not exist yet. */
@Singleton
class BootstrapAdministrator {
    private static final Logger LOG = LoggerFactory.getLogger(BootstrapAdministrator.class);

    private final AuthSettings settings;
    private final EnsureAdministratorUseCase ensureAdministrator;

    BootstrapAdministrator(AuthSettings settings, EnsureAdministratorUseCase ensureAdministrator) {
        this.settings = settings;
        this.ensureAdministrator = ensureAdministrator;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        var admin = settings.bootstrapAdmin();
        if (admin == null || !admin.configured()) {
            return;
        }
        // An invalid name, email or weak password stops the start: a misconfigured admin must not go unnoticed.
        boolean created;
        try {
            created = ensureAdministrator.ensureAdministrator(
                    new RegisterCommand(admin.username(), admin.email(), admin.password(), "", ""));
        } catch (AuthException e) {
            throw new IllegalStateException("AUTH_BOOTSTRAP_ADMIN_* refused: " + e.error(), e);
        }
        LOG.info(created ? "Bootstrap administrator '{}' created" : "Bootstrap administrator '{}' already exists",
                admin.username());
    }
}
