package dev.warden.domain.user;

import static dev.warden.domain.error.AuthErrors.errorOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.domain.error.AuthError;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who may change whose account: ranks user < staff < superuser, and what nobody does to themselves. */
class AccountRanksTest {
    private static final AuthError RANK = new AuthError.InsufficientRank();
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    /** Whoever gave the accounts below their roles. */
    private static final User OPERATOR = registered("operator").asBootstrapAdministrator();

    private final User user = account("user", false, false);
    private final User otherUser = account("other", false, false);
    private final User staff = account("staff", true, false);
    private final User otherStaff = account("colleague", true, false);
    private final User superuser = account("root", true, true);
    private final User otherSuperuser = account("deputy", false, true);

    private static User registered(String name) {
        return User.register(new UserId(UUID.randomUUID()), Username.of(name), Email.of(name + "@example.com"),
                "$argon2id$hash", "", "", T0);
    }

    private static User account(String name, boolean staff, boolean superuser) {
        return registered(name).withRolesBy(OPERATOR, staff, superuser);
    }

    @Test
    void ranksGoUserStaffSuperuserAndASuperuserIsOneWhateverItsStaffFlag() {
        assertThat(user.rank()).isEqualTo(Rank.USER);
        assertThat(staff.rank()).isEqualTo(Rank.STAFF);
        assertThat(superuser.rank()).isEqualTo(Rank.SUPERUSER);
        assertThat(otherSuperuser.rank()).isEqualTo(Rank.SUPERUSER);
        assertThat(Rank.SUPERUSER.isAbove(Rank.STAFF) && Rank.STAFF.isAbove(Rank.USER)).isTrue();
    }

    @Test
    void staffDeactivateAndActivateOrdinaryUsers() {
        var deactivated = user.deactivatedBy(staff);

        assertThat(deactivated.active()).isFalse();
        assertThat(deactivated.activatedBy(staff).active()).isTrue();
    }

    @Test
    void staffCannotChangeAnotherStaffMemberOrASuperuser() {
        for (var target : new User[] {otherStaff, superuser, otherSuperuser}) {
            assertThat(errorOf(() -> target.deactivatedBy(staff))).as(target.username().value()).isEqualTo(RANK);
            assertThat(errorOf(() -> target.activatedBy(staff))).isEqualTo(RANK);
            assertThat(errorOf(() -> target.withMembershipBy(staff, Optional.empty()))).isEqualTo(RANK);
            assertThat(errorOf(() -> target.withRolesBy(staff, false, false))).isEqualTo(RANK);
            assertThat(errorOf(() -> target.requireDeletableBy(staff))).isEqualTo(RANK);
        }
    }

    @Test
    void ordinaryUsersChangeNobody() {
        assertThat(errorOf(() -> otherUser.deactivatedBy(user))).isEqualTo(RANK);
        assertThat(errorOf(() -> user.withRolesBy(user, true, true))).as("no promoting oneself").isEqualTo(RANK);
    }

    @Test
    void superusersChangeAnyoneElseEvenAnotherSuperuser() {
        assertThat(otherSuperuser.deactivatedBy(superuser).active()).isFalse();
        assertThat(otherSuperuser.withRolesBy(superuser, false, false).rank()).isEqualTo(Rank.USER);
        assertThat(otherStaff.withRolesBy(superuser, true, true).rank()).isEqualTo(Rank.SUPERUSER);
        otherSuperuser.requireDeletableBy(superuser);
    }

    @Test
    void nobodyDeactivatesThemselves() {
        for (var actor : new User[] {user, staff, superuser}) {
            assertThat(errorOf(() -> actor.deactivatedBy(actor))).isEqualTo(new AuthError.CannotDeactivateSelf());
        }
    }

    @Test
    void nobodyDeletesThemselves() {
        assertThat(errorOf(() -> superuser.requireDeletableBy(superuser))).isEqualTo(new AuthError.CannotDeleteSelf());
    }

    @Test
    void aSuperuserCannotTakeAwayTheirOwnSuperuserFlagButMayDropTheStaffFlag() {
        assertThat(errorOf(() -> superuser.withRolesBy(superuser, true, false)))
                .isEqualTo(new AuthError.CannotDemoteSelf());
        assertThat(superuser.withRolesBy(superuser, false, true).rank()).isEqualTo(Rank.SUPERUSER);
    }

    @Test
    void aDeactivatedActorChangesNobody() {
        var deactivated = otherSuperuser.deactivatedBy(superuser);

        assertThat(errorOf(() -> user.deactivatedBy(deactivated))).isEqualTo(RANK);
    }

    @Test
    void onlyAnActiveSuperuserCountsAsOne() {
        assertThat(superuser.activeSuperuser()).isTrue();
        assertThat(otherSuperuser.deactivatedBy(superuser).activeSuperuser()).isFalse();
        assertThat(staff.activeSuperuser()).isFalse();
    }
}
