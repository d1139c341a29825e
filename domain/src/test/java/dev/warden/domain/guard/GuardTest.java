package dev.warden.domain.guard;

import static dev.warden.domain.guard.Guard.ADMIN;
import static dev.warden.domain.guard.Guard.AUTHENTICATED;
import static dev.warden.domain.guard.Guard.HIGHER_MEMBERSHIP;
import static dev.warden.domain.guard.Guard.MEMBERSHIP;
import static dev.warden.domain.guard.Guard.STAFF;
import static dev.warden.domain.guard.GuardTest.Caller.ANONYMOUS;
import static dev.warden.domain.guard.GuardTest.Caller.INACTIVE_USER;
import static dev.warden.domain.guard.GuardTest.Caller.MEMBER_BASIC;
import static dev.warden.domain.guard.GuardTest.Caller.MEMBER_SUPPORTING;
import static dev.warden.domain.guard.GuardTest.Caller.PLAIN_USER;
import static dev.warden.domain.guard.GuardTest.Caller.STAFF_USER;
import static dev.warden.domain.guard.GuardTest.Caller.SUPERUSER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.domain.error.AuthError;
import dev.warden.domain.user.Email;
import dev.warden.domain.user.MembershipLevel;
import dev.warden.domain.user.User;
import dev.warden.domain.user.UserId;
import dev.warden.domain.user.Username;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class GuardTest {
    private static final Optional<AuthError> PASSES = Optional.empty();
    private static final Optional<AuthError> LOG_IN = Optional.of(new AuthError.AuthenticationRequired());
    private static final Optional<AuthError> NOT_STAFF = forbidden("Staff privileges required");
    private static final Optional<AuthError> NOT_ADMIN = forbidden("Administrator privileges required");
    private static final Optional<AuthError> NOT_MEMBER = forbidden("PSF membership required");
    private static final Optional<AuthError> NOT_HIGHER = forbidden("Higher level PSF membership required");

    enum Caller {
        ANONYMOUS, INACTIVE_USER, PLAIN_USER, STAFF_USER, SUPERUSER, MEMBER_BASIC, MEMBER_SUPPORTING;

        Optional<User> user() {
            return switch (this) {
                case ANONYMOUS -> Optional.empty();
                case INACTIVE_USER -> Optional.of(account(false, true, true, Optional.of(MembershipLevel.FELLOW)));
                case PLAIN_USER -> Optional.of(account(true, false, false, Optional.empty()));
                case STAFF_USER -> Optional.of(account(true, true, false, Optional.empty()));
                case SUPERUSER -> Optional.of(account(true, false, true, Optional.empty()));
                case MEMBER_BASIC -> Optional.of(account(true, false, false, Optional.of(MembershipLevel.BASIC)));
                case MEMBER_SUPPORTING -> Optional.of(account(true, false, false, Optional.of(MembershipLevel.SUPPORTING)));
            };
        }
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of(AUTHENTICATED, ANONYMOUS, LOG_IN),
                Arguments.of(AUTHENTICATED, INACTIVE_USER, LOG_IN),
                Arguments.of(AUTHENTICATED, PLAIN_USER, PASSES),
                Arguments.of(AUTHENTICATED, STAFF_USER, PASSES),
                Arguments.of(AUTHENTICATED, SUPERUSER, PASSES),
                Arguments.of(AUTHENTICATED, MEMBER_BASIC, PASSES),
                Arguments.of(AUTHENTICATED, MEMBER_SUPPORTING, PASSES),

                Arguments.of(STAFF, ANONYMOUS, LOG_IN),
                Arguments.of(STAFF, INACTIVE_USER, LOG_IN),
                Arguments.of(STAFF, PLAIN_USER, NOT_STAFF),
                Arguments.of(STAFF, STAFF_USER, PASSES),
                Arguments.of(STAFF, SUPERUSER, PASSES),
                Arguments.of(STAFF, MEMBER_BASIC, NOT_STAFF),
                Arguments.of(STAFF, MEMBER_SUPPORTING, NOT_STAFF),

                Arguments.of(ADMIN, ANONYMOUS, LOG_IN),
                Arguments.of(ADMIN, INACTIVE_USER, LOG_IN),
                Arguments.of(ADMIN, PLAIN_USER, NOT_ADMIN),
                Arguments.of(ADMIN, STAFF_USER, NOT_ADMIN),
                Arguments.of(ADMIN, SUPERUSER, PASSES),
                Arguments.of(ADMIN, MEMBER_BASIC, NOT_ADMIN),
                Arguments.of(ADMIN, MEMBER_SUPPORTING, NOT_ADMIN),

                Arguments.of(MEMBERSHIP, ANONYMOUS, LOG_IN),
                Arguments.of(MEMBERSHIP, INACTIVE_USER, LOG_IN),
                Arguments.of(MEMBERSHIP, PLAIN_USER, NOT_MEMBER),
                Arguments.of(MEMBERSHIP, STAFF_USER, NOT_MEMBER),
                Arguments.of(MEMBERSHIP, SUPERUSER, NOT_MEMBER),
                Arguments.of(MEMBERSHIP, MEMBER_BASIC, PASSES),
                Arguments.of(MEMBERSHIP, MEMBER_SUPPORTING, PASSES),

                Arguments.of(HIGHER_MEMBERSHIP, ANONYMOUS, LOG_IN),
                Arguments.of(HIGHER_MEMBERSHIP, INACTIVE_USER, LOG_IN),
                Arguments.of(HIGHER_MEMBERSHIP, PLAIN_USER, NOT_HIGHER),
                Arguments.of(HIGHER_MEMBERSHIP, STAFF_USER, NOT_HIGHER),
                Arguments.of(HIGHER_MEMBERSHIP, SUPERUSER, NOT_HIGHER),
                Arguments.of(HIGHER_MEMBERSHIP, MEMBER_BASIC, NOT_HIGHER),
                Arguments.of(HIGHER_MEMBERSHIP, MEMBER_SUPPORTING, PASSES));
    }

    @ParameterizedTest(name = "{0} with {1} -> {2}")
    @MethodSource("rules")
    void guardAnswersEachCaller(Guard guard, Caller caller, Optional<AuthError> expected) {
        assertThat(guard.check(caller.user())).isEqualTo(expected);
    }

    @Test
    void tableCoversEveryGuardAndCaller() {
        assertThat(rules()).hasSize(Guard.values().length * Caller.values().length);
    }

    @ParameterizedTest
    @EnumSource(value = MembershipLevel.class, names = "BASIC", mode = EnumSource.Mode.EXCLUDE)
    void everyLevelAboveBasicOpensTheHigherMembershipGuard(MembershipLevel level) {
        assertThat(HIGHER_MEMBERSHIP.check(Optional.of(account(true, false, false, Optional.of(level))))).isEmpty();
        assertThat(level.isHigher()).isTrue();
    }

    @Test
    void refusalsAreTheContractMessages() {
        assertThat(AUTHENTICATED.refusal()).isEmpty();
        assertThat(STAFF.refusal()).contains("Staff privileges required");
        assertThat(ADMIN.refusal()).contains("Administrator privileges required");
        assertThat(MEMBERSHIP.refusal()).contains("PSF membership required");
        assertThat(HIGHER_MEMBERSHIP.refusal()).contains("Higher level PSF membership required");
    }

    private static Optional<AuthError> forbidden(String message) {
        return Optional.of(new AuthError.Forbidden(message));
    }

    private static User account(boolean active, boolean staff, boolean superuser, Optional<MembershipLevel> membership) {
        return new User(new UserId(UUID.randomUUID()), Username.of("ada"), Email.of("ada@example.com"),
                Optional.of("hash"), "Ada", "Lovelace", active, staff, superuser, true, membership,
                Optional.empty(), Optional.empty(), Instant.parse("2026-01-15T10:30:00Z"), Optional.empty());
    }
}
