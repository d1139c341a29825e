package dev.warden.adapter.memory.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.application.port.in.Actor;
import dev.warden.domain.user.User;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What administration does to the legacy tokens of an account (the rest is covered over HTTP). */
class AdministerUsersUseCaseTest {
    private final Warden warden = new Warden();
    private final User boss = warden.registered("boss");
    private final User ada = warden.registered("ada");
    private final User grace = warden.registered("grace");
    private final Actor actor = new Actor(boss.id(), "203.0.113.9");

    @Test
    void deactivationEndsEveryLegacyTokenOfTheAccountForGood() {
        var phone = warden.legacyToken("ada");
        var laptop = warden.legacyToken("ada");
        var graces = warden.legacyToken("grace");

        warden.administer.setActive(actor, ada.id(), false);
        warden.administer.setActive(actor, ada.id(), true);

        assertThat(warden.legacyTokenWorks(phone)).isFalse();
        assertThat(warden.legacyTokenWorks(laptop)).isFalse();
        assertThat(warden.legacyTokenWorks(graces)).isTrue();
        assertThat(warden.legacyTokenWorks(warden.legacyToken("ada"))).as("a new login works again").isTrue();
    }

    @Test
    void deletionEndsEveryLegacyTokenOfTheAccount() {
        var token = warden.legacyToken("ada");

        warden.administer.delete(actor, ada.id());

        assertThat(warden.legacyTokens.storedHashes()).as("nothing left to find").isEmpty();
        assertThat(warden.legacyTokenWorks(token)).isFalse();
    }

    @Test
    void changingRolesOrMembershipLeavesLegacyTokensAlive() {
        var token = warden.legacyToken("ada");

        warden.administer.setRoles(actor, ada.id(), Optional.of(true), Optional.empty());

        assertThat(warden.legacyTokenWorks(token)).isTrue();
    }
}
