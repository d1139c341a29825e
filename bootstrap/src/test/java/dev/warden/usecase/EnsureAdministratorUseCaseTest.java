package dev.warden.usecase;

import static dev.warden.usecase.Warden.PASSWORD;
import static dev.warden.usecase.Warden.errorOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.application.account.port.in.RegisterCommand;
import dev.warden.application.admin.port.in.Actor;
import dev.warden.application.admin.port.in.EnsureAdministratorResult;
import dev.warden.application.login.port.in.LoginCommand;
import dev.warden.domain.error.AuthError;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnsureAdministratorUseCaseTest {
    private final Warden warden = new Warden();
    private final RegisterCommand root = new RegisterCommand("root", "root@example.com", PASSWORD, null, null);

    @Test
    void firstCallCreatesAVerifiedSuperuserWhoCanLogIn() {
        assertThat(warden.ensureAdministrator.ensureAdministrator(root)).isEqualTo(EnsureAdministratorResult.CREATED);

        var admin = warden.users.findByUsernameKey("root").orElseThrow();
        assertThat(admin.superuser()).isTrue();
        assertThat(admin.staff()).isTrue();
        assertThat(admin.active()).isTrue();
        assertThat(admin.emailVerified()).isTrue();
        assertThat(admin.email().value()).isEqualTo("root@example.com");
        assertThat(warden.authenticated(warden.loggedIn("root").accessToken()).userId()).isEqualTo(admin.id());
    }

    @Test
    void secondCallFindsItPresentAndChangesNothingNotEvenThePassword() {
        warden.ensureAdministrator.ensureAdministrator(root);
        var before = warden.users.findByUsernameKey("root").orElseThrow();

        var created = warden.ensureAdministrator.ensureAdministrator(
                new RegisterCommand("ROOT", "root@example.com", "another-long-passphrase", "Changed", null));

        assertThat(created).isEqualTo(EnsureAdministratorResult.PRESENT);
        assertThat(warden.stored(before.id())).isEqualTo(before);
        assertThat(errorOf(() -> warden.login.login(new LoginCommand("root", "another-long-passphrase"))))
                .isEqualTo(new AuthError.InvalidCredentials());
    }

    @Test
    void existingAccountWithTheEmailIsNeitherReplacedNorPromoted() {
        var ada = warden.register.register(new RegisterCommand("ada", "Root@Example.com", PASSWORD, null, null));

        assertThat(warden.ensureAdministrator.ensureAdministrator(root)).isEqualTo(EnsureAdministratorResult.TAKEN);

        assertThat(warden.stored(ada.id())).isEqualTo(ada);
        assertThat(warden.users.findByUsernameKey("root")).isEmpty();
    }

    @Test
    void aDeactivatedAndDemotedAdministratorIsAnActiveSuperuserAgainAtTheNextCall() {
        warden.ensureAdministrator.ensureAdministrator(root);
        var admin = warden.users.findByUsernameKey("root").orElseThrow();
        var deputy = warden.registered("deputy").asBootstrapAdministrator();
        warden.users.update(deputy);
        warden.administer.setRoles(new Actor(deputy.id(), ""), admin.id(), Optional.of(false), Optional.of(false));
        warden.administer.setActive(new Actor(deputy.id(), ""), admin.id(), false);

        assertThat(warden.ensureAdministrator.ensureAdministrator(root)).isEqualTo(EnsureAdministratorResult.RESTORED);

        var restored = warden.stored(admin.id());
        assertThat(List.of(restored.active(), restored.staff(), restored.superuser())).containsOnly(true);
        assertThat(restored.passwordHash()).isEqualTo(admin.passwordHash());
        assertThat(warden.ensureAdministrator.ensureAdministrator(root)).isEqualTo(EnsureAdministratorResult.PRESENT);
    }

    @Test
    void anAccountRegisteredByOthersWithTheAdministratorsNameAndEmailIsNeverPromoted() {
        // registered before the first start by someone who cannot verify the operator's address
        var squatter = warden.register.register(new RegisterCommand("root", "root@example.com", "squatters-own-pass",
                null, null));

        assertThat(warden.ensureAdministrator.ensureAdministrator(root)).isEqualTo(EnsureAdministratorResult.TAKEN);

        assertThat(warden.stored(squatter.id())).isEqualTo(squatter);
    }

    @Test
    void anotherAccountHoldingTheNameWhileTheAdministratorHoldsTheEmailIsNotPromoted() {
        warden.ensureAdministrator.ensureAdministrator(root);
        var admin = warden.users.findByUsernameKey("root").orElseThrow();
        var other = warden.registered("other");

        var renamed = new RegisterCommand("other", "root@example.com", PASSWORD, null, null);

        assertThat(warden.ensureAdministrator.ensureAdministrator(renamed)).isEqualTo(EnsureAdministratorResult.TAKEN);
        assertThat(warden.stored(other.id())).isEqualTo(other);
        assertThat(warden.stored(admin.id())).isEqualTo(admin);
    }

    @Test
    void administratorPasswordFollowsThePasswordPolicy() {
        var weak = new RegisterCommand("root", "root@example.com", "password1", null, null);

        assertThat(errorOf(() -> warden.ensureAdministrator.ensureAdministrator(weak)))
                .isEqualTo(AuthError.InvalidInput.of("password", "Password is too common"));
        assertThat(warden.users.findByUsernameKey("root")).isEmpty();
    }
}
