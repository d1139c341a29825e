package dev.warden.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.application.admin.port.in.Actor;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.user.User;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What administration does to the legacy tokens of an account, and how it applies the rank rules (which
 * AccountRanksTest states; the rest is covered over HTTP).
 */
class AdministerUsersUseCaseTest {
    private final Warden warden = new Warden();
    private final User boss = promoted(warden.registered("boss"), true);
    private final User ada = warden.registered("ada");
    private final User grace = warden.registered("grace");
    private final Actor actor = new Actor(boss.id(), "203.0.113.9");

    private User promoted(User user, boolean superuser) {
        var changed = new User(user.id(), user.username(), user.email(), user.passwordHash(), user.firstName(),
                user.lastName(), true, true, superuser, true, user.membership(), user.oauthProvider(), user.oauthId(),
                user.dateJoined(), user.lastLogin());
        warden.users.update(changed);
        return changed;
    }

    @Test
    void aRefusedChangeIsNeitherStoredNorAudited() {
        var staff = promoted(grace, false);

        assertThat(Warden.errorOf(() -> warden.administer.setActive(new Actor(staff.id(), ""), boss.id(), false)))
                .isEqualTo(new AuthError.InsufficientRank());
        assertThat(warden.stored(boss.id()).active()).isTrue();
        assertThat(warden.administer.audit(0, 10).entries()).isEmpty();
    }

    @Test
    void theActorsRankIsTheStoredOneNotTheOneTheirTokenWasIssuedWith() {
        var staff = promoted(grace, false);
        warden.administer.setRoles(actor, staff.id(), Optional.of(false), Optional.empty());

        assertThat(Warden.errorOf(() -> warden.administer.setActive(new Actor(staff.id(), ""), ada.id(), false)))
                .isEqualTo(new AuthError.InsufficientRank());
        assertThat(warden.stored(ada.id()).active()).isTrue();
    }

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
