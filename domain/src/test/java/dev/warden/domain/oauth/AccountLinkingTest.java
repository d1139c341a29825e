package dev.warden.domain.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.domain.error.AuthError;
import dev.warden.domain.oauth.AccountLinking.Create;
import dev.warden.domain.oauth.AccountLinking.Link;
import dev.warden.domain.oauth.AccountLinking.Refuse;
import dev.warden.domain.oauth.AccountLinking.SignIn;
import dev.warden.domain.oauth.AccountLinking.TakeOver;
import dev.warden.domain.user.Email;
import dev.warden.domain.user.User;
import dev.warden.domain.user.UserId;
import dev.warden.domain.user.Username;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The account-linking rules of a sign-in through GitHub or Google, one rule per test. */
class AccountLinkingTest {
    private static final Instant JOINED = Instant.parse("2025-01-15T10:30:00Z");
    private static final String ADDRESS = "ada@example.com";

    private static ProviderIdentity github(String subject, Optional<String> email, boolean verified) {
        return new ProviderIdentity("github", subject, "ada", email, verified, "Ada", "Lovelace");
    }

    private static ProviderIdentity verifiedGithub(String subject) {
        return github(subject, Optional.of(ADDRESS), true);
    }

    private static User passwordAccount() {
        return User.register(new UserId(UUID.randomUUID()), Username.of("ada"), Email.of(ADDRESS), "$argon2id$hash",
                "Ada", "Lovelace", JOINED);
    }

    private static User providerAccount(String provider, String subject) {
        return User.fromProvider(new UserId(UUID.randomUUID()), Username.of("ada"), Email.of(ADDRESS), provider,
                subject, true, "Ada", "Lovelace", JOINED);
    }

    private static User verified(User user) {
        return new User(user.id(), user.username(), user.email(), user.passwordHash(), user.firstName(),
                user.lastName(), user.active(), user.staff(), user.superuser(), true, user.membership(),
                user.oauthProvider(), user.oauthId(), user.dateJoined(), user.lastLogin());
    }

    private static User deactivated(User user) {
        return new User(user.id(), user.username(), user.email(), user.passwordHash(), user.firstName(),
                user.lastName(), false, user.staff(), user.superuser(), user.emailVerified(), user.membership(),
                user.oauthProvider(), user.oauthId(), user.dateJoined(), user.lastLogin());
    }

    @Test
    void anAccountLinkedToThisProviderIdentitySignsIn() {
        var linked = providerAccount("github", "4242");

        var decision = AccountLinking.decide(verifiedGithub("4242"), Optional.of(linked), Optional.of(linked));

        assertThat(decision).isEqualTo(new SignIn(linked));
    }

    @Test
    void aDeactivatedLinkedAccountIsRefusedAsDisabled() {
        var linked = deactivated(providerAccount("github", "4242"));

        var decision = AccountLinking.decide(verifiedGithub("4242"), Optional.of(linked), Optional.of(linked));

        assertThat(decision).isEqualTo(new Refuse(new AuthError.AccountDisabled()));
    }

    @Test
    void anEmailHeldByAnAccountOfAnotherProviderIsRefusedNamingThatProvider() {
        var googleAccount = providerAccount("google", "g-1");

        var decision = AccountLinking.decide(verifiedGithub("4242"), Optional.empty(), Optional.of(googleAccount));

        assertThat(decision).isEqualTo(new Refuse(new AuthError.EmailRegisteredWithProvider("google")));
    }

    @Test
    void anEmailHeldByAnotherIdentityOfTheSameProviderIsAProviderMismatch() {
        var otherGithubIdentity = providerAccount("github", "1111");

        var decision = AccountLinking.decide(verifiedGithub("4242"), Optional.empty(), Optional.of(otherGithubIdentity));

        assertThat(decision).isEqualTo(new Refuse(new AuthError.OAuthProviderMismatch()));
    }

    @Test
    void aPasswordAccountWhoseOwnerVerifiedTheEmailIsLinked() {
        var account = verified(passwordAccount());

        var decision = AccountLinking.decide(verifiedGithub("4242"), Optional.empty(), Optional.of(account));

        assertThat(decision).isEqualTo(new Link(account));
    }

    /** Issue 16: a squatter's unverified registration was linked, and kept its password and sign-ins. */
    @Test
    void aPasswordAccountThatNeverVerifiedTheEmailIsTakenOverByTheProvidersVerifiedOwner() {
        var account = passwordAccount();

        var decision = AccountLinking.decide(verifiedGithub("4242"), Optional.empty(), Optional.of(account));

        assertThat(decision).isEqualTo(new TakeOver(account));
    }

    @Test
    void aPasswordAccountIsNeverLinkedThroughAnUnverifiedEmail() {
        var account = passwordAccount();

        var decision = AccountLinking.decide(github("4242", Optional.of(ADDRESS), false), Optional.empty(),
                Optional.of(account));

        assertThat(decision).isEqualTo(new Refuse(new AuthError.EmailTaken()));
    }

    @Test
    void aDeactivatedPasswordAccountIsNotLinkedEvenWithAVerifiedEmail() {
        var account = deactivated(passwordAccount());

        var decision = AccountLinking.decide(verifiedGithub("4242"), Optional.empty(), Optional.of(account));

        assertThat(decision).isEqualTo(new Refuse(new AuthError.AccountDisabled()));
    }

    @Test
    void anIdentityWithoutAnAccountGetsANewOne() {
        var decision = AccountLinking.decide(verifiedGithub("4242"), Optional.empty(), Optional.empty());

        assertThat(decision).isEqualTo(new Create());
    }

    @Test
    void anUnverifiedEmailWithoutAnAccountStillGetsANewOne() {
        var decision = AccountLinking.decide(github("4242", Optional.of(ADDRESS), false), Optional.empty(),
                Optional.empty());

        assertThat(decision).isEqualTo(new Create());
    }

    @Test
    void anIdentityWithoutEmailCannotGetAnAccount() {
        var decision = AccountLinking.decide(github("4242", Optional.empty(), true), Optional.empty(), Optional.empty());

        assertThat(decision).isEqualTo(new Refuse(new AuthError.ProviderEmailMissing()));
    }

    @Test
    void aBlankEmailCountsAsNoEmail() {
        var decision = AccountLinking.decide(github("4242", Optional.of("  "), true), Optional.empty(),
                Optional.empty());

        assertThat(decision).isEqualTo(new Refuse(new AuthError.ProviderEmailMissing()));
    }
}
