package dev.warden.application.legacy.service;

import dev.warden.application.account.port.in.RegisterCommand;
import dev.warden.application.account.port.in.RegisterUseCase;
import dev.warden.application.account.service.AccountFactory;
import dev.warden.application.legacy.port.in.LegacyFormResult;
import dev.warden.application.legacy.port.in.LegacyFormResult.FormProblem;
import dev.warden.application.legacy.port.in.LegacySignupCommand;
import dev.warden.application.legacy.port.in.LegacySignupUseCase;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.AuthException;
import dev.warden.domain.error.Reason;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The legacy signup form: each field checked on its own (presence, the account rules of registration, the
 * password confirmation, the terms of service), then the account created by registration itself, so that both
 * ways in keep the same rules and send the same verification mail.
 */
public final class LegacySignupService implements LegacySignupUseCase {
    private static final Set<String> ACCEPTED = Set.of("true", "on", "1", "yes");

    private final AccountFactory accounts;
    private final RegisterUseCase register;
    private final LegacyTokenIssuer issuer;

    public LegacySignupService(AccountFactory accounts, RegisterUseCase register, LegacyTokenIssuer issuer) {
        this.accounts = accounts;
        this.register = register;
        this.issuer = issuer;
    }

    @Override
    public LegacyFormResult signup(LegacySignupCommand command) {
        var form = new LegacyForm();
        var username = form.require("username", command.username()) ? command.username() : null;
        var email = form.require("email", command.email()) ? command.email() : null;
        var password = form.requirePassword("password1", command.password1()) ? command.password1() : null;
        if (form.requirePassword("password2", command.password2()) && password != null
                && !password.equals(command.password2())) {
            form.add("password2", FormProblem.PASSWORDS_DIFFER);
        }
        if (form.require("accept_tos", command.acceptTos())
                && !ACCEPTED.contains(command.acceptTos().strip().toLowerCase(Locale.ROOT))) {
            form.add("accept_tos", FormProblem.TERMS_NOT_ACCEPTED);
        }
        var review = accounts.review(username, email, password, null, null);
        report(form, review.invalid());
        if (review.usernameTaken()) {
            form.add("username", FormProblem.USERNAME_TAKEN);
        }
        if (review.emailTaken()) {
            form.add("email", FormProblem.EMAIL_TAKEN);
        }
        if (!form.isValid()) {
            return form.rejected();
        }
        try {
            var user = register.register(new RegisterCommand(username, email, password, "", ""));
            return new LegacyFormResult.Issued(issuer.issue(user));
        } catch (AuthException e) {
            // Someone took the name or the address since the review: the same answer the review would have given.
            return switch (e.error()) {
                case AuthError.UsernameTaken taken -> LegacyForm.rejected("username", FormProblem.USERNAME_TAKEN);
                case AuthError.EmailTaken taken -> LegacyForm.rejected("email", FormProblem.EMAIL_TAKEN);
                default -> throw e;
            };
        }
    }

    /** Registration's reasons under the form's field names; a refused address is the form's own problem. */
    private static void report(LegacyForm form, Map<String, List<Reason>> invalid) {
        invalid.forEach((field, reasons) -> {
            switch (field) {
                case "email" -> form.add("email", FormProblem.INVALID_EMAIL);
                case "password" -> refuse(form, "password1", reasons);
                default -> refuse(form, field, reasons);
            }
        });
    }

    private static void refuse(LegacyForm form, String field, List<Reason> reasons) {
        reasons.forEach(reason -> form.add(field, new LegacyFormResult.Refused(reason)));
    }
}
