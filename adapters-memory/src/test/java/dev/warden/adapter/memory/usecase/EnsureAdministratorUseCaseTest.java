package dev.warden.adapter.memory.usecase;

import static dev.warden.adapter.memory.usecase.Warden.PASSWORD;
import static dev.warden.adapter.memory.usecase.Warden.errorOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.application.port.in.LoginCommand;
import dev.warden.application.port.in.RegisterCommand;
import dev.warden.domain.error.AuthError;
import org.junit.jupiter.api.Test;

class EnsureAdministratorUseCaseTest {
    private final Warden warden = new Warden();
    private final RegisterCommand root = new RegisterCommand("root", "root@example.com", PASSWORD, null, null);

    @Test
    void firstCallCreatesAVerifiedSuperuserWhoCanLogIn() {
        assertThat(warden.ensureAdministrator.ensureAdministrator(root)).isTrue();

        var admin = warden.users.findByUsernameKey("root").orElseThrow();
        assertThat(admin.superuser()).isTrue();
        assertThat(admin.staff()).isTrue();
        assertThat(admin.active()).isTrue();
        assertThat(admin.emailVerified()).isTrue();
        assertThat(admin.email().value()).isEqualTo("root@example.com");
        assertThat(warden.authenticated(warden.loggedIn("root").accessToken()).userId()).isEqualTo(admin.id());
    }

    @Test
    void secondCallReturnsFalseAndChangesNothing() {
        warden.ensureAdministrator.ensureAdministrator(root);
        var before = warden.users.findByUsernameKey("root").orElseThrow();

        var created = warden.ensureAdministrator.ensureAdministrator(
                new RegisterCommand("ROOT", "root@example.com", "another-long-passphrase", "Changed", null));

        assertThat(created).isFalse();
        assertThat(warden.stored(before.id())).isEqualTo(before);
        assertThat(errorOf(() -> warden.login.login(new LoginCommand("root", "another-long-passphrase"))))
                .isEqualTo(new AuthError.InvalidCredentials());
    }

    @Test
    void existingAccountWithTheEmailIsNeitherReplacedNorPromoted() {
        var ada = warden.register.register(new RegisterCommand("ada", "Root@Example.com", PASSWORD, null, null));

        assertThat(warden.ensureAdministrator.ensureAdministrator(root)).isFalse();

        assertThat(warden.stored(ada.id())).isEqualTo(ada);
        assertThat(warden.users.findByUsernameKey("root")).isEmpty();
    }

    @Test
    void administratorPasswordFollowsThePasswordPolicy() {
        var weak = new RegisterCommand("root", "root@example.com", "password1", null, null);

        assertThat(errorOf(() -> warden.ensureAdministrator.ensureAdministrator(weak)))
                .isEqualTo(AuthError.InvalidInput.of("password", "Password is too common"));
        assertThat(warden.users.findByUsernameKey("root")).isEmpty();
    }
}
