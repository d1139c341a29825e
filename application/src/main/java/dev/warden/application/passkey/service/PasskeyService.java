package dev.warden.application.passkey.service;

import dev.warden.application.shared.port.out.Telemetry;
import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.login.service.SecondFactorGate;
import dev.warden.application.passkey.PasskeySettings;
import dev.warden.application.passkey.port.in.ManagePasskeysUseCase;
import dev.warden.application.passkey.port.in.PasskeyCreationOptions;
import dev.warden.application.passkey.port.in.PasskeyDescriptor;
import dev.warden.application.passkey.port.in.PasskeyRequestOptions;
import dev.warden.application.passkey.port.in.PasskeySignIn;
import dev.warden.application.passkey.port.in.PasskeySignInCommand;
import dev.warden.application.passkey.port.in.PasskeySignInUseCase;
import dev.warden.application.passkey.port.in.RegisterPasskeyCommand;
import dev.warden.application.passkey.port.out.PasskeyChallengeStore;
import dev.warden.application.passkey.port.out.PasskeyStore;
import dev.warden.application.passkey.port.out.WebAuthnVerifier;
import dev.warden.application.secondfactor.service.SecondFactorProof;
import dev.warden.application.shared.port.in.Caller;
import dev.warden.application.shared.port.out.Clock;
import dev.warden.application.shared.port.out.IdGenerator;
import dev.warden.application.token.service.TokenIssuer;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.AuthException;
import dev.warden.domain.error.Reason;
import dev.warden.domain.mfa.MfaChallenge;
import dev.warden.domain.passkey.Passkey;
import dev.warden.domain.passkey.PasskeyChallenge;
import dev.warden.domain.passkey.SignCounter;
import dev.warden.domain.passkey.UserHandle;
import dev.warden.domain.user.Email;
import dev.warden.domain.user.User;
import dev.warden.domain.user.UserId;
import dev.warden.domain.user.Username;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Passkeys (WebAuthn): registration by a signed-in user, the list and delete of one's own, and sign-in. Every
 * challenge lives five minutes and works once; every failure of verification answers the same InvalidPasskey.
 * The signature counter must grow (see {@link SignCounter}), and is advanced only if no other sign-in advanced it
 * meanwhile. A sign-in whose authenticator verified the user (PIN, biometrics) is two factors by itself; one without
 * passes the second-factor gate like a password.
 */
public final class PasskeyService implements ManagePasskeysUseCase, PasskeySignInUseCase {
    private static final System.Logger LOG = System.getLogger(PasskeyService.class.getName());

    private final UserRepository users;
    private final PasskeyStore passkeys;
    private final PasskeyChallengeStore challenges;
    private final WebAuthnVerifier verifier;
    private final SecondFactorGate gate;
    private final TokenIssuer issuer;
    private final IdGenerator ids;
    private final Clock clock;
    private final PasskeySettings settings;
    private final SecondFactorProof secondFactor;

    private final Telemetry telemetry;

    public PasskeyService(UserRepository users, PasskeyStore passkeys, PasskeyChallengeStore challenges,
                          WebAuthnVerifier verifier, SecondFactorGate gate, TokenIssuer issuer, IdGenerator ids,
                          Clock clock, PasskeySettings settings, SecondFactorProof secondFactor, Telemetry telemetry) {
        this.telemetry = telemetry;
        this.secondFactor = secondFactor;
        this.users = users;
        this.passkeys = passkeys;
        this.challenges = challenges;
        this.verifier = verifier;
        this.gate = gate;
        this.issuer = issuer;
        this.ids = ids;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public PasskeyCreationOptions registrationOptions(Caller caller) {
        var user = verifiedAccount(caller);
        var existing = passkeys.listByUser(user.id());
        if (existing.size() >= Passkey.MAX_PER_USER) {
            throw new AuthError.PasskeyLimitReached().exception();
        }
        var challenge = ids.newBytes(PasskeyChallenge.LENGTH);
        challenges.add(PasskeyChallenge.forRegistration(challenge, user.id(), clock.now()));
        return new PasskeyCreationOptions(settings.rpId(), settings.rpName(), UserHandle.of(user.id()),
                user.username().value(), user.displayName(), challenge,
                verifier.algorithms(), PasskeyChallenge.TTL, descriptors(existing));
    }

    @Override
    public Passkey register(RegisterPasskeyCommand command) {
        var user = verifiedAccount(command.caller());
        if (passkeys.listByUser(user.id()).size() >= Passkey.MAX_PER_USER) {
            throw new AuthError.PasskeyLimitReached().exception();
        }
        // a passkey with user verification signs in without TOTP: adding one takes the second factor, or a stolen
        // session could trade itself for a lasting way around it
        if (secondFactor.enabled(user.id())) {
            var code = command.code().orElseThrow(() -> AuthError.InvalidInput
                    .of("code", Reason.SECOND_FACTOR_REQUIRED).exception());
            secondFactor.prove(user.id(), code, command.clientAddress());
        }
        var json = command.credentialJson();
        var sent = verifier.registrationChallenge(json).orElseThrow(PasskeyService::invalid);
        var challenge = challenges.take(PasskeyChallenge.registrationKey(sent), clock.now())
                .filter(taken -> taken.purpose() == PasskeyChallenge.Purpose.REGISTER)
                .filter(taken -> taken.userId().equals(Optional.of(user.id())))
                .orElseThrow(PasskeyService::invalid);
        var verified = verifier.verifyRegistration(json, challenge.challenge(), settings.relyingParty())
                .orElseThrow(PasskeyService::invalid);
        var passkey = Passkey.registered(ids.newId(), user.id(), verified.credentialId(), command.name(),
                verified.credentialData(), verified.signCount(), verified.transports(), verified.backupEligible(),
                verified.backedUp(), clock.now());
        if (!passkeys.add(passkey)) {
            throw new AuthError.PasskeyAlreadyRegistered().exception();
        }
        return passkey;
    }

    @Override
    public List<Passkey> list(Caller caller) {
        return passkeys.listByUser(caller.userId());
    }

    @Override
    public void delete(Caller caller, UUID passkeyId) {
        if (!passkeys.delete(caller.userId(), passkeyId)) {
            throw new AuthError.PasskeyNotFound().exception();
        }
    }

    /**
     * A named account that does not exist gets the same answer as one without passkeys, and a challenge for an id
     * nobody has, so that no passkey can answer it. One with passkeys gets their ids: that tells that the name
     * exists, as the browser needs them for passkeys that are not discoverable.
     */
    @Override
    public PasskeyRequestOptions signInOptions(Optional<String> identifier) {
        var named = identifier.map(String::strip).filter(name -> !name.isEmpty());
        var user = named.flatMap(this::findAccount);
        Optional<UserId> owner = named.isEmpty() ? Optional.empty()
                : Optional.of(user.map(User::id).orElseGet(() -> new UserId(ids.newId())));
        var challengeId = ids.newSecret();
        var challenge = ids.newBytes(PasskeyChallenge.LENGTH);
        challenges.add(PasskeyChallenge.forLogin(challengeId, challenge, owner, clock.now()));
        var allowed = user.map(account -> descriptors(passkeys.listByUser(account.id()))).orElse(List.of());
        return new PasskeyRequestOptions(challengeId, challenge, settings.rpId(), PasskeyChallenge.TTL, allowed);
    }

    /** The challenge is taken before anything is verified, so that an assertion works at most once. */
    @Override
    public PasskeySignIn signIn(PasskeySignInCommand command) {
        return telemetry.login(Telemetry.LoginMethod.PASSKEY, () -> signInUncounted(command));
    }

    private PasskeySignIn signInUncounted(PasskeySignInCommand command) {
        var now = clock.now();
        var json = command.credentialJson();
        var challenge = challenges.take(PasskeyChallenge.loginKey(command.challengeId()), now)
                .filter(taken -> taken.purpose() == PasskeyChallenge.Purpose.LOGIN)
                .orElseThrow(PasskeyService::invalid);
        var claims = verifier.readAssertion(json).orElseThrow(PasskeyService::invalid);
        var passkey = passkeys.findByCredentialId(claims.credentialId()).orElseThrow(PasskeyService::invalid);
        // WebAuthn Level 3 §7.2: when no user was named beforehand, the authenticator must say whose credential it is
        if (challenge.userId().filter(named -> !named.equals(passkey.userId())).isPresent()
                || (challenge.userId().isEmpty() && claims.userHandle().isEmpty())
                || claims.userHandle().filter(handle -> !UserHandle.matches(handle, passkey.userId())).isPresent()) {
            throw invalid();
        }
        var verified = verifier.verifyAssertion(json, challenge.challenge(), passkey, settings.relyingParty())
                .orElseThrow(PasskeyService::invalid);
        if (!SignCounter.accepts(passkey.signCount(), verified.signCount())) {
            LOG.log(System.Logger.Level.WARNING, "Passkey {0} of user {1} presented signature counter {2} after {3}: "
                    + "refused as a possibly cloned authenticator", passkey.id(), passkey.userId(),
                    verified.signCount(), passkey.signCount());
            throw invalid();
        }
        if (!passkeys.advanceCounter(passkey.id(), passkey.signCount(), verified.signCount(), now)) {
            throw invalid(); // another sign-in with this passkey advanced the counter first
        }
        var user = users.findById(passkey.userId()).orElseThrow(PasskeyService::invalid);
        if (!user.active()) {
            throw new AuthError.AccountDisabled().exception();
        }
        if (!verified.userVerified()) {
            gate.admit(user, MfaChallenge.Purpose.TOKENS, command.client());
        }
        users.recordLogin(user.id(), now);
        return new PasskeySignIn(issuer.startFamily(user, command.client()), user.id());
    }

    private Optional<User> findAccount(String identifier) {
        return identifier.contains("@") ? users.findByEmailKey(Email.keyOf(identifier))
                : users.findByUsernameKey(Username.keyOf(identifier));
    }

    private User account(Caller caller) {
        return caller.account().or(() -> users.findById(caller.userId()))
                .orElseThrow(() -> new AuthError.AuthenticationRequired().exception());
    }

    private static List<PasskeyDescriptor> descriptors(List<Passkey> list) {
        return list.stream().map(passkey -> new PasskeyDescriptor(passkey.credentialId(), passkey.transports()))
                .toList();
    }

    private static AuthException invalid() {
        return new AuthError.InvalidPasskey().exception();
    }

    /**
     * The caller's account, whose address must be verified: otherwise whoever registered someone else's address
     * could leave a passkey behind in the account its owner later claims.
     */
    private User verifiedAccount(Caller caller) {
        var user = account(caller);
        if (!user.emailVerified()) {
            throw new AuthError.EmailNotVerified().exception();
        }
        return user;
    }
}
