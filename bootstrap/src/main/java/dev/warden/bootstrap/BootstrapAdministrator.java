package dev.warden.bootstrap;

import dev.warden.application.account.port.in.RegisterCommand;
import dev.warden.application.admin.port.in.EnsureAdministratorResult;
import dev.warden.application.admin.port.in.EnsureAdministratorUseCase;
import dev.warden.domain.error.AuthException;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ensures the superuser named by AUTH_BOOTSTRAP_ADMIN_* at start: created when it does not exist yet, reactivated (and
 * made superuser again) when it was deactivated or demoted.
 */
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
        EnsureAdministratorResult result;
        try {
            result = ensureAdministrator.ensureAdministrator(
                    new RegisterCommand(admin.username(), admin.email(), admin.password(), "", ""));
        } catch (AuthException e) {
            throw new IllegalStateException("AUTH_BOOTSTRAP_ADMIN_* refused: " + e.error(), e);
        }
        switch (result) {
            case CREATED -> LOG.info("Bootstrap administrator '{}' created", admin.username());
            case PRESENT -> LOG.info("Bootstrap administrator '{}' already exists", admin.username());
            case RESTORED -> LOG.warn("Bootstrap administrator '{}' was deactivated or demoted: reactivated as an active"
                    + " superuser (unset AUTH_BOOTSTRAP_ADMIN_* to retire it)", admin.username());
            case TAKEN -> LOG.warn("Bootstrap administrator '{}' not ensured: its username or email belongs to another"
                    + " account, or to one whose email is unverified, which was left as it is", admin.username());
        }
    }
}
