package dev.warden.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.adapter.memory.InMemoryAuditLog;
import dev.warden.application.admin.AdminAssembly;
import dev.warden.application.admin.port.in.Actor;
import dev.warden.application.admin.port.in.AdministerUsersUseCase;
import dev.warden.domain.error.AuthException;
import dev.warden.domain.user.User;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * There is always an active superuser left, however two of them interleave their changes of each other: both read
 * the other as an active superuser before either writes (the worst case, made to happen every time).
 */
class LastActiveSuperuserUseCaseTest {
    private final Warden warden = new Warden();
    private final User ada = superuser("ada");
    private final User grace = superuser("grace");
    private final AdministerUsersUseCase administer = AdminAssembly.of(
            new RendezvousUserRepository(warden.users, 2), new InMemoryAuditLog(), warden.clock, warden.ids,
            warden.sessionFeature, warden.accountFeature).administerUsers();

    private User superuser(String name) {
        var promoted = warden.registered(name).asBootstrapAdministrator();
        warden.users.update(promoted);
        return promoted;
    }

    private static Actor actor(User user) {
        return new Actor(user.id(), "203.0.113.9");
    }

    /** Runs both at once; what each ended with: "done" or the name of its error. */
    private static List<String> atOnce(Runnable one, Runnable other) throws Exception {
        try (var pool = Executors.newFixedThreadPool(2)) {
            var outcomes = pool.invokeAll(List.<Callable<String>>of(() -> outcome(one), () -> outcome(other)));
            return List.of(outcomes.get(0).get(), outcomes.get(1).get());
        }
    }

    private static String outcome(Runnable change) {
        try {
            change.run();
            return "done";
        } catch (AuthException e) {
            return e.error().getClass().getSimpleName();
        }
    }

    private List<User> activeSuperusers() {
        return warden.users.page(0, 100, Optional.empty()).stream().filter(user -> user.active() && user.superuser())
                .toList();
    }

    @Test
    void twoSuperusersDemotingEachOtherAtOnceLeaveOneOfThem() throws Exception {
        var outcomes = atOnce(
                () -> administer.setRoles(actor(ada), grace.id(), Optional.empty(), Optional.of(false)),
                () -> administer.setRoles(actor(grace), ada.id(), Optional.empty(), Optional.of(false)));

        assertThat(activeSuperusers()).hasSize(1);
        assertThat(outcomes).containsExactlyInAnyOrder("done", "LastActiveSuperuser");
    }

    @Test
    void twoSuperusersDeactivatingEachOtherAtOnceLeaveOneOfThem() throws Exception {
        var outcomes = atOnce(() -> administer.setActive(actor(ada), grace.id(), false),
                () -> administer.setActive(actor(grace), ada.id(), false));

        assertThat(activeSuperusers()).hasSize(1);
        assertThat(outcomes).containsExactlyInAnyOrder("done", "LastActiveSuperuser");
    }

    @Test
    void twoSuperusersDeletingEachOtherAtOnceLeaveOneOfThem() throws Exception {
        var outcomes = atOnce(() -> administer.delete(actor(ada), grace.id()),
                () -> administer.delete(actor(grace), ada.id()));

        assertThat(activeSuperusers()).hasSize(1);
        assertThat(outcomes).containsExactlyInAnyOrder("done", "LastActiveSuperuser");
    }
}
