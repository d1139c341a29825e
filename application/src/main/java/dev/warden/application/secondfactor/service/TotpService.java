package dev.warden.application.secondfactor.service;

import dev.warden.application.shared.port.out.Telemetry;
import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.legacy.service.LegacyTokenIssuer;
import dev.warden.application.login.service.LoginThrottle;
import dev.warden.application.secondfactor.TotpSettings;
import dev.warden.application.secondfactor.port.in.ManageTotpUseCase;
import dev.warden.application.secondfactor.port.in.MfaCompletion;
import dev.warden.application.secondfactor.port.in.SecondFactorCommand;
import dev.warden.application.secondfactor.port.in.TotpSecret;
import dev.warden.application.secondfactor.port.in.TotpSetup;
import dev.warden.application.secondfactor.port.in.VerifyMfaCommand;
import dev.warden.application.secondfactor.port.in.VerifyMfaUseCase;
import dev.warden.application.secondfactor.port.out.MfaChallengeStore;
import dev.warden.application.secondfactor.port.out.TotpGenerator;
import dev.warden.application.secondfactor.port.out.TotpStore;
import dev.warden.application.session.service.SessionOpener;
import dev.warden.application.shared.port.in.Caller;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.shared.port.out.IdGenerator;
import dev.warden.application.shared.port.out.SecretBox;
import dev.warden.application.token.service.TokenIssuer;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.mfa.MfaChallenge;
import dev.warden.domain.mfa.RecoveryCodes;
import dev.warden.domain.mfa.TotpEnrollment;
import dev.warden.domain.mfa.TotpPolicy;
import dev.warden.domain.user.User;
import dev.warden.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * TOTP (RFC 6238) as a second factor: set-up, enabling with a first code, disabling, and finishing the logins that
 * {@link SecondFactorGate} stopped. A TOTP code is accepted within one step of clock skew and only once (its step
 * must be later than the last accepted); recovery codes work once each. Every wrong code counts toward the
 * account's second-factor lockout and the client address's failures, as wrong passwords do.
 */
public final class TotpService implements ManageTotpUseCase, VerifyMfaUseCase, SecondFactorProof {
    private final UserRepository users;
    private final TotpStore totp;
    private final MfaChallengeStore challenges;
    private final TotpGenerator generator;
    private final SecretBox box;
    private final LoginThrottle throttle;
    private final TokenIssuer tokens;
    private final SessionOpener sessions;
    private final LegacyTokenIssuer legacyTokens;
    private final IdGenerator ids;
    private final Clock clock;
    private final TotpSettings settings;

    private final Telemetry telemetry;

    public TotpService(UserRepository users, TotpStore totp, MfaChallengeStore challenges, TotpGenerator generator,
                       SecretBox box, LoginThrottle throttle, TokenIssuer tokens, SessionOpener sessions,
                       LegacyTokenIssuer legacyTokens, IdGenerator ids, Clock clock, TotpSettings settings,
                       Telemetry telemetry) {
        this.telemetry = telemetry;
        this.users = users;
        this.totp = totp;
        this.challenges = challenges;
        this.generator = generator;
        this.box = box;
        this.throttle = throttle;
        this.tokens = tokens;
        this.sessions = sessions;
        this.legacyTokens = legacyTokens;
        this.ids = ids;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public TotpSetup setup(Caller caller) {
        var user = account(caller);
        if (!user.emailVerified()) {
            throw new AuthError.EmailNotVerified().exception();
        }
        if (totp.find(user.id()).filter(TotpEnrollment::enabled).isPresent()) {
            throw new AuthError.MfaAlreadyEnabled().exception();
        }
        var secret = generator.newSecret();
        var sealed = box.seal(secret.getBytes(StandardCharsets.US_ASCII), context(user.id()));
        if (!totp.savePending(TotpEnrollment.pending(user.id(), sealed, clock.now()))) {
            throw new AuthError.MfaAlreadyEnabled().exception();
        }
        var account = user.username().value();
        return new TotpSetup(secret, generator.uri(secret, settings.issuer(), account),
                generator.qrPng(secret, settings.issuer(), account));
    }

    @Override
    public List<String> enable(SecondFactorCommand command) {
        var userId = command.caller().userId();
        var enrollment = totp.find(userId).orElseThrow(() -> new AuthError.MfaNotEnabled().exception());
        if (enrollment.enabled()) {
            throw new AuthError.MfaAlreadyEnabled().exception();
        }
        long step = throttle.attemptSecondFactor(userId, command.clientAddress(),
                () -> matchingStep(enrollment, command.code(), clock.now()));
        var codes = new ArrayList<String>(RecoveryCodes.COUNT);
        var hashes = new LinkedHashSet<String>();
        while (codes.size() < RecoveryCodes.COUNT) {
            var code = ids.newString(RecoveryCodes.LENGTH, RecoveryCodes.ALPHABET);
            if (hashes.add(recoveryFingerprint(userId, code))) {
                codes.add(RecoveryCodes.display(code));
            }
        }
        if (!totp.enable(userId, enrollment.sealedSecret(), clock.now(), step, hashes)) {
            throw new AuthError.MfaNotEnabled().exception(); // set up again (or enabled) meanwhile
        }
        return List.copyOf(codes);
    }

    /** Stored as a set-up would store it, then enabled with no step used yet and no recovery codes. */
    @Override
    public void enrol(Caller caller, TotpSecret secret) {
        var user = account(caller);
        if (totp.find(user.id()).filter(TotpEnrollment::enabled).isPresent()) {
            throw new AuthError.MfaAlreadyEnabled().exception();
        }
        var sealed = box.seal(generator.base32(secret.bytes()).getBytes(StandardCharsets.US_ASCII), context(user.id()));
        var now = clock.now();
        if (!totp.savePending(TotpEnrollment.pending(user.id(), sealed, now))
                || !totp.enable(user.id(), sealed, now, TotpPolicy.NO_STEP, java.util.Set.of())) {
            throw new AuthError.MfaAlreadyEnabled().exception(); // enabled (or set up again) meanwhile
        }
    }

    @Override
    public void disable(SecondFactorCommand command) {
        var userId = command.caller().userId();
        if (totp.find(userId).filter(TotpEnrollment::enabled).isEmpty()) {
            throw new AuthError.MfaNotEnabled().exception();
        }
        throttle.attemptSecondFactor(userId, command.clientAddress(), () -> {
            checkSecondFactor(userId, command.code(), clock.now());
            return null;
        });
        totp.delete(userId);
    }

    /**
     * The attempt is counted on the challenge before the code is checked, so that attempts sent together cannot
     * outnumber its five; the challenge ends with the first right code, and what it stood for is issued then.
     */
    @Override
    public MfaCompletion verify(VerifyMfaCommand command) {
        return telemetry.login(Telemetry.LoginMethod.MFA, () -> verifyUncounted(command));
    }

    private MfaCompletion verifyUncounted(VerifyMfaCommand command) {
        var challenge = challenges.claimAttempt(MfaChallenge.hashOf(command.mfaToken()), clock.now())
                .filter(claimed -> command.accepted().contains(claimed.purpose()))
                .orElseThrow(() -> new AuthError.InvalidMfaToken().exception());
        var userId = challenge.userId();
        throttle.attemptSecondFactor(userId, command.clientAddress(), () -> {
            checkSecondFactor(userId, command.code(), clock.now());
            return null;
        });
        if (!challenges.consume(challenge.tokenHash())) {
            throw new AuthError.InvalidMfaToken().exception();
        }
        var user = users.findById(userId).orElseThrow(() -> new AuthError.InvalidMfaToken().exception());
        if (!user.active()) {
            throw new AuthError.AccountDisabled().exception();
        }
        users.recordLogin(userId, clock.now());
        return switch (challenge.purpose()) {
            case TOKENS -> new MfaCompletion.Tokens(tokens.startFamily(user, challenge.client()), userId);
            case SESSION -> new MfaCompletion.SessionOpened(sessions.open(user, challenge.client()), userId);
            case LEGACY_TOKEN -> new MfaCompletion.LegacyTokenIssued(legacyTokens.issue(user), userId);
        };
    }

    @Override
    public boolean enabled(UserId userId) {
        return totp.find(userId).filter(TotpEnrollment::enabled).isPresent();
    }

    @Override
    public void prove(UserId userId, String code, String clientAddress) {
        throttle.attemptSecondFactor(userId, clientAddress, () -> {
            checkSecondFactor(userId, code, clock.now());
            return null;
        });
    }

    /** Accepts a code of the user's enabled authenticator (once) or one of their recovery codes; InvalidCode else. */
    private void checkSecondFactor(UserId userId, String code, Instant now) {
        var entered = code.strip();
        if (TotpPolicy.looksLikeTotp(entered)) {
            var enrollment = totp.find(userId).filter(TotpEnrollment::enabled)
                    .orElseThrow(() -> new AuthError.InvalidCode().exception());
            if (!totp.advanceStep(userId, matchingStep(enrollment, entered, now))) {
                throw new AuthError.InvalidCode().exception(); // the same code, or a later one, was just accepted
            }
            return;
        }
        var recovery = RecoveryCodes.normalize(entered);
        if (recovery.isEmpty() || !totp.useRecoveryCode(userId, recoveryFingerprint(userId, recovery.get()))) {
            throw new AuthError.InvalidCode().exception();
        }
    }

    /** The step of an acceptable TOTP code of this authenticator that equals {@code code}; InvalidCode if none. */
    private long matchingStep(TotpEnrollment enrollment, String code, Instant now) {
        var entered = code.strip();
        if (!TotpPolicy.looksLikeTotp(entered)) {
            throw new AuthError.InvalidCode().exception();
        }
        String secret;
        try {
            secret = new String(box.open(enrollment.sealedSecret(), context(enrollment.userId())),
                    StandardCharsets.US_ASCII);
        } catch (IllegalStateException sealedUnderAnotherKey) {
            // AUTH_SECRETS_KEY changed or was lost: no code can match; the user needs an administrator
            throw new AuthError.InvalidCode().exception();
        }
        var enteredBytes = entered.getBytes(StandardCharsets.US_ASCII);
        for (long step : TotpPolicy.acceptableSteps(now, enrollment.lastUsedStep())) {
            var expected = generator.codeAt(secret, step).getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(expected, enteredBytes)) {
                return step;
            }
        }
        throw new AuthError.InvalidCode().exception();
    }

    private User account(Caller caller) {
        return caller.account().or(() -> users.findById(caller.userId()))
                .orElseThrow(() -> new AuthError.AuthenticationRequired().exception());
    }

    /** The stored form of a recovery code (canonical form): keyed, and bound to its user. */
    private String recoveryFingerprint(UserId userId, String canonicalCode) {
        return box.fingerprint(canonicalCode, "recovery:" + userId.value());
    }

    /** What a sealed secret is bound to: its owner, so that it cannot be moved to another account's row. */
    private static String context(UserId userId) {
        return "totp:" + userId.value();
    }
}
