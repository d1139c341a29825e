package dev.warden.usecase;

import static dev.warden.usecase.MailWarden.CLIENT;
import static dev.warden.usecase.MailWarden.addressOf;
import static dev.warden.usecase.Warden.errorOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.application.mail.port.in.EmailVerificationUseCase.VerificationMail;
import dev.warden.domain.error.AuthError;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Asking for mails is limited per address (5 an hour) and per client (50 an hour), for both mailed links. */
class MailRequestLimitsUseCaseTest {
    private static final String OTHER_CLIENT = "198.51.100.20";

    private final MailWarden mail = new MailWarden();
    private final Warden warden = mail.warden;
    private final String adaAddress = addressOf("ada");

    MailRequestLimitsUseCaseTest() {
        warden.registered("ada");
    }

    private long resetMailsToAda() {
        return mail.mailsTo(adaAddress).stream().filter(m -> m.subject().equals("Reset your password")).count();
    }

    @Test
    void theSixthResetRequestForOneAddressWithinTheHourIsRefusedWithTheTimeLeft() {
        for (int i = 0; i < 5; i++) {
            mail.forgot(adaAddress);
        }
        warden.clock.advance(Duration.ofMinutes(10));

        assertThat(errorOf(() -> mail.forgot(adaAddress)))
                .isEqualTo(new AuthError.TooManyRequests(Duration.ofMinutes(50)));
        assertThat(resetMailsToAda()).isEqualTo(5);
    }

    @Test
    void theAddressLimitHoldsWhicheverClientAsks() {
        for (int i = 0; i < 5; i++) {
            mail.forgot(adaAddress, "192.0.2." + i);
        }

        assertThat(errorOf(() -> mail.forgot(adaAddress, OTHER_CLIENT)))
                .isEqualTo(new AuthError.TooManyRequests(Duration.ofHours(1)));
        assertThat(resetMailsToAda()).isEqualTo(5);
    }

    @Test
    void aNewWindowAllowsResetRequestsForTheAddressAgain() {
        for (int i = 0; i < 5; i++) {
            mail.forgot(adaAddress);
        }
        assertThat(errorOf(() -> mail.forgot(adaAddress))).isInstanceOf(AuthError.TooManyRequests.class);

        warden.clock.advance(Duration.ofHours(1));
        mail.forgot(adaAddress);

        assertThat(resetMailsToAda()).isEqualTo(6);
    }

    @Test
    void oneClientAskingForManyAddressesIsStoppedAfterFifty() {
        for (int i = 0; i < 50; i++) {
            mail.forgot("someone" + i + "@example.com");
        }
        warden.clock.advance(Duration.ofMinutes(30));

        assertThat(errorOf(() -> mail.forgot(adaAddress)))
                .isEqualTo(new AuthError.TooManyRequests(Duration.ofMinutes(30)));
        assertThat(resetMailsToAda()).isZero();

        mail.forgot(adaAddress, OTHER_CLIENT);
        assertThat(resetMailsToAda()).isEqualTo(1);
    }

    @Test
    void aNewWindowAllowsTheClientAgain() {
        for (int i = 0; i < 50; i++) {
            mail.forgot("someone" + i + "@example.com");
        }
        assertThat(errorOf(() -> mail.forgot(adaAddress))).isInstanceOf(AuthError.TooManyRequests.class);

        warden.clock.advance(Duration.ofHours(1));
        mail.forgot(adaAddress);

        assertThat(resetMailsToAda()).isEqualTo(1);
    }

    @Test
    void theSixthVerificationRequestForOneAddressIsRefusedAndANewWindowAllowsIt() {
        for (int i = 0; i < 5; i++) {
            assertThat(mail.sendVerification(adaAddress)).isEqualTo(VerificationMail.SENT);
        }

        var refused = errorOf(() -> mail.sendVerification(adaAddress));

        assertThat(refused).isEqualTo(new AuthError.TooManyRequests(Duration.ofHours(1)));
        assertThat(mail.mailsTo(adaAddress)).hasSize(6); // the registration mail and five asked for
        warden.clock.advance(Duration.ofHours(1));
        assertThat(mail.sendVerification(adaAddress)).isEqualTo(VerificationMail.SENT);
    }

    @Test
    void unknownAddressesCountTooSoTheLimitRevealsNothing() {
        for (int i = 0; i < 5; i++) {
            var address = "nobody@example.com";
            assertThat(errorOf(() -> mail.sendVerification(address))).isEqualTo(new AuthError.UserNotFound());
        }

        assertThat(errorOf(() -> mail.sendVerification("nobody@example.com")))
                .isEqualTo(new AuthError.TooManyRequests(Duration.ofHours(1)));
    }

    @Test
    void oneClientAskingForManyVerificationsIsStoppedAfterFifty() {
        for (int i = 0; i < 50; i++) {
            var address = "someone" + i + "@example.com";
            assertThat(errorOf(() -> mail.sendVerification(address, CLIENT))).isEqualTo(new AuthError.UserNotFound());
        }

        assertThat(errorOf(() -> mail.sendVerification(adaAddress, CLIENT)))
                .isEqualTo(new AuthError.TooManyRequests(Duration.ofHours(1)));
        assertThat(mail.sendVerification(adaAddress, OTHER_CLIENT)).isEqualTo(VerificationMail.SENT);
    }
}
