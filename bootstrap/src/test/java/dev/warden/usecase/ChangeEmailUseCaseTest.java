package dev.warden.usecase;

import static dev.warden.usecase.SelfServiceWarden.CLIENT;
import static dev.warden.usecase.SelfServiceWarden.withPassword;
import static dev.warden.usecase.Warden.PASSWORD;
import static dev.warden.usecase.Warden.errorOf;
import static dev.warden.usecase.Wording.confirmationOf;
import static dev.warden.usecase.Wording.worded;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.application.account.port.in.RegisterCommand;
import dev.warden.application.login.port.in.LoginCommand;
import dev.warden.application.mail.OtpSettings;
import dev.warden.application.mail.port.in.EmailCommand;
import dev.warden.application.mail.port.in.TokenCommand;
import dev.warden.application.mail.port.out.MailMessage;
import dev.warden.application.mail.port.out.Mailer;
import dev.warden.application.selfservice.port.in.ChangeEmailCommand;
import dev.warden.application.selfservice.port.in.Reauthentication;
import dev.warden.application.shared.port.in.Caller;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.Reason;
import dev.warden.domain.user.Email;
import dev.warden.domain.user.User;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A signed-in user moves their account to a new address (issue 16): confirmed by password, proved by a link mailed
 * to the new address, told at the old one; the same answer whether or not the new address is another account's.
 */
class ChangeEmailUseCaseTest {
    private static final String OLD = "ada@example.com";
    private static final String NEW = "ada.lovelace@example.org";
    private static final String CONFIRM = "Confirm your new email address";
    private static final AuthError INVALID_TOKEN = new AuthError.InvalidEmailChangeToken();

    private final SelfServiceWarden service = new SelfServiceWarden();
    private final Warden warden = service.warden;
    private final User ada = service.verified(warden.registered("ada"));
    private final Caller adaCaller = warden.callerWith(warden.loggedIn("ada"));

    private void request(String newEmail) {
        service.requestEmailChange(adaCaller, newEmail, withPassword(PASSWORD));
    }

    private AuthError requesting(String newEmail, Reauthentication proof) {
        return errorOf(() -> service.requestEmailChange(adaCaller, newEmail, proof));
    }

    private AuthError confirming(String token) {
        return errorOf(() -> service.confirmEmailChange(token));
    }

    @Test
    void nothingChangesUntilTheLinkMailedToTheNewAddressIsFollowed() {
        request(NEW);

        assertThat(warden.stored(ada.id()).email().value()).isEqualTo(OLD);
        var confirmation = service.mailsTo(NEW).getLast();
        assertThat(confirmation.subject()).isEqualTo(CONFIRM);
        assertThat(confirmation.text()).contains("ada").contains(NEW).contains("24 hours");
        assertThat(confirmation.html()).contains("href=\"" + confirmation.link() + "\"");

        service.confirmEmailChange(service.confirmationTokenFor(NEW));

        var moved = warden.stored(ada.id());
        assertThat(moved.email()).isEqualTo(Email.of(NEW));
        assertThat(moved.emailVerified()).isTrue();
        assertThat(warden.users.findByEmailKey(Email.of(OLD).key())).isEmpty();
        assertThat(warden.login.login(new LoginCommand(NEW, PASSWORD)).accessToken()).isNotBlank();
    }

    @Test
    void theOldAddressIsToldWhenTheChangeIsAskedForAndWhenItIsDone() {
        request(NEW);

        assertThat(service.subjectsTo(OLD)).endsWith("Your email address is about to change");
        assertThat(service.mailsTo(OLD).getLast().text()).contains(NEW).contains("password reset");

        service.confirmEmailChange(service.confirmationTokenFor(NEW));

        assertThat(service.subjectsTo(OLD)).endsWith("Your email address is about to change",
                "Your email address was changed");
        assertThat(service.mailsTo(OLD).getLast().text()).contains(NEW);
        assertThat(service.mailsTo(NEW)).extracting(mail -> mail.subject()).containsExactly(CONFIRM);
    }

    @Test
    void anAddressOfAnotherAccountGetsTheSameAnswerAndItsLinkFailsAsTaken() {
        var grace = warden.registered("grace");

        request("Grace@Example.com");

        assertThat(service.subjectsTo("grace@example.com")).endsWith(CONFIRM);
        assertThat(service.subjectsTo(OLD)).endsWith("Your email address is about to change");
        assertThat(confirming(service.confirmationTokenFor("grace@example.com")))
                .isEqualTo(new AuthError.EmailTaken());
        assertThat(warden.stored(ada.id()).email().value()).isEqualTo(OLD);
        assertThat(warden.stored(grace.id()).email().value()).isEqualTo("grace@example.com");
    }

    @Test
    void anAddressTakenBetweenTheRequestAndTheLinkIsRefusedAtTheLink() {
        request(NEW);
        var token = service.confirmationTokenFor(NEW);
        warden.register.register(new RegisterCommand("squatter", NEW, PASSWORD, "",
                ""));

        assertThat(confirming(token)).isEqualTo(new AuthError.EmailTaken());
        assertThat(warden.stored(ada.id()).email().value()).isEqualTo(OLD);
    }

    @Test
    void theLinkWorksOnceAndOnlyWithinItsLifetime() {
        request(NEW);
        var token = service.confirmationTokenFor(NEW);
        service.confirmEmailChange(token);

        assertThat(confirming(token)).isEqualTo(INVALID_TOKEN);
        assertThat(confirming("never-mailed")).isEqualTo(INVALID_TOKEN);
        assertThat(confirming("")).isEqualTo(INVALID_TOKEN);

        service.requestEmailChange(adaCaller, "ada@example.net", withPassword(PASSWORD));
        var late = service.confirmationTokenFor("ada@example.net");
        warden.clock.advance(Duration.ofHours(24));
        assertThat(confirming(late)).isEqualTo(INVALID_TOKEN);
        assertThat(warden.stored(ada.id()).email().value()).isEqualTo(NEW);
    }

    @Test
    void aNewerRequestKillsTheOlderLink() {
        request(NEW);
        var older = service.confirmationTokenFor(NEW);
        request("ada@example.net");

        assertThat(confirming(older)).isEqualTo(INVALID_TOKEN);
        service.confirmEmailChange(service.confirmationTokenFor("ada@example.net"));
        assertThat(warden.stored(ada.id()).email().value()).isEqualTo("ada@example.net");
    }

    @Test
    void aPasswordResetOrChangeCancelsAPendingChange() {
        request(NEW);
        var token = service.confirmationTokenFor(NEW);

        service.resetPassword(service.mailedResetToken(OLD), "violet-Orchard-Lamp-3");

        assertThat(confirming(token)).isEqualTo(INVALID_TOKEN);
        assertThat(warden.stored(ada.id()).email().value()).isEqualTo(OLD);
    }

    @Test
    void linksMailedToTheOldAddressDieWithTheChange() {
        var verification = warden.mailFeature(
                OtpSettings.of(Duration.ofMinutes(10), "http://localhost:8080", Set.of()), Runnable::run)
                .emailVerification();
        verification.sendVerification(new EmailCommand(OLD, CLIENT));
        var verifyLink = service.mailsTo(OLD).getLast().link();
        var resetToken = service.mailedResetToken(OLD);
        request(NEW);

        service.confirmEmailChange(service.confirmationTokenFor(NEW));

        assertThat(errorOf(() -> service.resetPassword(resetToken, "violet-Orchard-Lamp-3")))
                .isEqualTo(new AuthError.InvalidResetToken());
        assertThat(errorOf(() -> verification.verifyEmail(
                new TokenCommand(verifyLink.substring(verifyLink.lastIndexOf('/') + 1)))))
                .isEqualTo(new AuthError.InvalidVerificationToken());
    }

    @Test
    void theNewAddressMustBeWellFormedDeliverableAndNew() {
        assertThat(requesting("not-an-address", withPassword(PASSWORD)))
                .isEqualTo(AuthError.InvalidInput.of("new_email", "must be a well-formed email address"));
        assertThat(requesting("ada\u0000@example.org", withPassword(PASSWORD)))
                .isEqualTo(AuthError.InvalidInput.of("new_email", Email.INVISIBLE));
        assertThat(requesting("d\u0131ana@example.org", withPassword(PASSWORD)))
                .isEqualTo(AuthError.InvalidInput.of("new_email", Email.LOOK_ALIKE));
        assertThat(worded(requesting(OLD, withPassword(PASSWORD))))
                .isEqualTo(new AuthError.ConflictsWithAccount(Map.of("new_email",
                        List.of(new Reason.Rule("is already the address of this account")))));
        assertThat(service.mailsTo(OLD)).extracting(mail -> mail.subject()).containsExactly("Verify your email address");
    }

    @Test
    void anAddressTheMailerCannotDeliverAsWrittenIsRefused() {
        var asciiOnly = new Mailer() {
            @Override
            public void send(MailMessage message) {
                warden.outbox.send(message);
            }

            @Override
            public boolean canDeliverTo(String address) {
                return address.chars().allMatch(c -> c < 0x80);
            }
        };
        var changeEmail = warden.selfServiceFeature(warden.accountFeature(asciiOnly)).changeEmail();

        assertThat(errorOf(() -> changeEmail.requestEmailChange(new ChangeEmailCommand(adaCaller,
                "élodie@example.org", withPassword(PASSWORD), CLIENT))))
                .isEqualTo(AuthError.InvalidInput.of("new_email", dev.warden.domain.error.Reason.UNDELIVERABLE));
        assertThat(service.mailsTo("élodie@example.org")).isEmpty();
    }

    @Test
    void aWrongPasswordSendsNothing() {
        assertThat(requesting(NEW, withPassword("not-" + PASSWORD))).isEqualTo(new AuthError.IncorrectPassword());
        assertThat(worded(requesting(NEW, withPassword(null))))
                .isEqualTo(confirmationOf("current_password", "must not be blank"));

        assertThat(service.mailsTo(NEW)).isEmpty();
        assertThat(service.subjectsTo(OLD)).containsExactly("Verify your email address");
    }

    @Test
    void requestsAreLimitedPerNewAddress() {
        for (int i = 0; i < 5; i++) {
            request(NEW);
        }

        assertThat(requesting(NEW, withPassword(PASSWORD))).isInstanceOf(AuthError.TooManyRequests.class);
        assertThat(service.mailsTo(NEW)).hasSize(5);
    }

    @Test
    void aLinkForAnAccountWhoseAddressMovedSinceOrThatWasDeactivatedFails() {
        request(NEW);
        var token = service.confirmationTokenFor(NEW);
        warden.setActive(ada.id(), false);
        assertThat(confirming(token)).isEqualTo(INVALID_TOKEN);
        warden.setActive(ada.id(), true);

        var grace = service.verified(warden.registered("grace"));
        var graceCaller = warden.callerWith(warden.loggedIn("grace"));
        service.requestEmailChange(graceCaller, "grace@example.org", withPassword(PASSWORD));
        var first = service.confirmationTokenFor("grace@example.org");
        warden.users.update(warden.stored(grace.id()).withConfirmedEmail(Email.of("grace@example.net")));

        assertThat(confirming(first)).isEqualTo(INVALID_TOKEN);
    }

    @Test
    void anAddressNeverVerifiedCannotBeMovedSoThatNoSquatterKeepsALinkPastTheOwnersClaim() {
        warden.register.register(new RegisterCommand("squatter", "victim@example.com", PASSWORD, "", ""));
        var squatter = warden.callerWith(warden.loggedIn("squatter"));

        assertThat(errorOf(() -> service.requestEmailChange(squatter, "squatter@example.org", withPassword(PASSWORD))))
                .isEqualTo(new AuthError.EmailNotVerified());
        assertThat(service.mailsTo("squatter@example.org")).isEmpty();
    }

    @Test
    void theChangeIsKeptInTheAuditTrailWithBothAddresses() {
        request(NEW);
        service.confirmEmailChange(service.confirmationTokenFor(NEW));

        assertThat(service.auditOf(ada.id())).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("change-email");
            assertThat(entry.details()).isEqualTo("from=" + OLD + ", to=" + NEW);
        });
    }
}
