package dev.warden.application.selfservice.service;

import dev.warden.application.account.port.out.PasswordHasher;
import dev.warden.application.account.port.out.UserRepository;
import dev.warden.application.login.service.LoginThrottle;
import dev.warden.application.secondfactor.service.SecondFactorProof;
import dev.warden.application.selfservice.port.in.Reauthentication;
import dev.warden.application.shared.port.in.Caller;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.AuthException;
import dev.warden.domain.error.Reason;
import dev.warden.domain.user.User;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * Asks a signed-in caller, before a change that a stolen session or an unattended browser must not make (a new
 * password, a new address, deleting the account), for what a login of the account asks: its password when it has
 * one, and a code of its second factor when TOTP is enabled. An account with neither (it signs in only by mailed
 * code or identity provider) cannot confirm such a change until it sets up TOTP. A wrong password counts as a failed
 * login of the account, a wrong code as a wrong second factor, under the same lockout; a locked account is refused
 * before anything is checked.
 */
public final class Reauthenticator {
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final SecondFactorProof secondFactor;

    public Reauthenticator(UserRepository users, PasswordHasher hasher, LoginThrottle throttle,
                           SecondFactorProof secondFactor) {
        this.users = users;
        this.hasher = hasher;
        this.throttle = throttle;
        this.secondFactor = secondFactor;
    }

    /** The caller's account as stored now; AuthenticationRequired when it is gone or deactivated. */
    public User account(Caller caller) {
        return users.findById(caller.userId()).filter(User::active)
                .orElseThrow(() -> new AuthError.AuthenticationRequired().exception());
    }

    /**
     * Returns when {@code proof} holds what a login of {@code user} needs. Every missing part is reported at once
     * (ConfirmationRequired); then the password is checked (IncorrectPassword), then the code (InvalidCode).
     */
    public void confirm(User user, Reauthentication proof, String clientAddress) {
        boolean totp = secondFactor.enabled(user.id());
        if (!user.hasPassword() && !totp) {
            throw new AuthError.ReauthenticationUnavailable().exception();
        }
        var missing = new LinkedHashMap<String, List<Reason>>();
        if (user.hasPassword() && proof.password().isEmpty()) {
            missing.put(proof.passwordField(), List.of(Reason.BLANK));
        }
        if (totp && proof.code().isEmpty()) {
            missing.put("code", List.of(Reason.SECOND_FACTOR_REQUIRED));
        }
        if (!missing.isEmpty()) {
            throw new AuthError.ConfirmationRequired(missing).exception();
        }
        if (user.hasPassword()) {
            checkPassword(user, proof.password().orElseThrow(), clientAddress);
        }
        if (totp) {
            secondFactor.prove(user.id(), proof.code().orElseThrow(), clientAddress);
        }
    }

    private void checkPassword(User user, String password, String clientAddress) {
        try {
            throttle.attempt(Optional.of(user.id()), user.username().value(), clientAddress, () -> {
                if (!hasher.verify(password, user.passwordHash().orElseThrow())) {
                    throw new AuthError.InvalidCredentials().exception(); // what the throttle counts
                }
                return user;
            });
        } catch (AuthException e) {
            if (e.error() instanceof AuthError.InvalidCredentials) {
                throw new AuthError.IncorrectPassword().exception();
            }
            throw e;
        }
    }
}
