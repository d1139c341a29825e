package dev.warden.adapter.web.auth;

import static dev.warden.adapter.web.openapi.ApiErrors.*;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.warden.adapter.web.openapi.Access;
import dev.warden.adapter.web.openapi.ApiErrors;
import dev.warden.adapter.web.openapi.Formats;
import dev.warden.adapter.web.security.Callers;
import dev.warden.adapter.web.security.SessionCookies;
import dev.warden.application.selfservice.port.in.ChangeEmailCommand;
import dev.warden.application.selfservice.port.in.ChangeEmailUseCase;
import dev.warden.application.selfservice.port.in.ChangePasswordCommand;
import dev.warden.application.selfservice.port.in.ChangePasswordUseCase;
import dev.warden.application.selfservice.port.in.DeleteAccountCommand;
import dev.warden.application.selfservice.port.in.DeleteAccountUseCase;
import dev.warden.application.selfservice.port.in.EmailChangeTokenCommand;
import dev.warden.application.selfservice.port.in.Reauthentication;
import dev.warden.application.shared.port.in.Caller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Objects;

/**
 * Account self-service (issue 16): a signed-in user changes their password or email address, or deletes their
 * account, each confirmed by the current password (and the second factor when TOTP is on; the second factor alone
 * where the account has no password).
 */
@Controller("/api/auth")
@Tag(name = "Account")
@ExecuteOn(TaskExecutors.BLOCKING)
class AccountController {
    private static final String CODE = "A code of the authenticator app, or a recovery code: required when TOTP is "
            + "enabled, and instead of the password when the account has none";

    private final ChangePasswordUseCase changePassword;
    private final ChangeEmailUseCase changeEmail;
    private final DeleteAccountUseCase deleteAccount;
    private final SessionCookies cookies;

    AccountController(ChangePasswordUseCase changePassword, ChangeEmailUseCase changeEmail,
                      DeleteAccountUseCase deleteAccount, SessionCookies cookies) {
        this.changePassword = changePassword;
        this.changeEmail = changeEmail;
        this.deleteAccount = deleteAccount;
        this.cookies = cookies;
    }

    @Serdeable
    record ChangePasswordRequest(@Schema(description = "Required when the account has a password", format = "password")
                                 @JsonProperty("current_password") @Nullable String currentPassword,
                                 @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "password",
                                         example = "An0ther-Long-Secret", minLength = Formats.PASSWORD_MIN,
                                         maxLength = Formats.PASSWORD_MAX)
                                 @JsonProperty("new_password") @Nullable String newPassword,
                                 @Schema(description = CODE, example = "123456") @Nullable String code) {
        static final ChangePasswordRequest EMPTY = new ChangePasswordRequest(null, null, null);
    }

    @Serdeable
    record ChangeEmailRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "alice@example.org",
                                      format = "email", pattern = Formats.EMAIL, maxLength = Formats.EMAIL_MAX)
                              @JsonProperty("new_email") @Nullable String newEmail,
                              @Schema(description = "Required when the account has a password", format = "password")
                              @JsonProperty("current_password") @Nullable String currentPassword,
                              @Schema(description = CODE, example = "123456") @Nullable String code) {
        static final ChangeEmailRequest EMPTY = new ChangeEmailRequest(null, null, null);
    }

    @Serdeable
    record DeleteAccountRequest(@Schema(description = "Required when the account has a password", format = "password")
                                @Nullable String password,
                                @Schema(description = CODE, example = "123456") @Nullable String code) {
        static final DeleteAccountRequest EMPTY = new DeleteAccountRequest(null, null);
    }

    @Operation(summary = "Change the password", description = """
            Needs the current password (and, with TOTP enabled, a code; an account without a password gives the \
            code alone and so sets its first password). A wrong current password counts as a failed login. The new \
            password follows the policy of registration. Every other session, refresh token family (with its access \
            tokens) and legacy token of the account ends; the one of this request stays. Pending reset links and \
            email changes die, and the owner is mailed at the account's address.""")
    @Access.Credentials
    @ApiResponse(responseCode = "200", description = "Changed")
    @ApiResponse(responseCode = "400", ref = MALFORMED_REQUEST)
    @ApiResponse(responseCode = "401", ref = AUTHENTICATION_REQUIRED)
    @ApiResponse(responseCode = "403", ref = PASSWORD_CHANGE_REFUSED)
    @ApiResponse(responseCode = "422", ref = VALIDATION_FAILED)
    @ApiResponse(responseCode = "429", ref = LOGIN_THROTTLED)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Post("/password/change")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    MessageResponse changePassword(HttpRequest<?> http, Authentication authentication,
                                   @Body @Nullable ChangePasswordRequest body) {
        var request = Objects.requireNonNullElse(body, ChangePasswordRequest.EMPTY);
        changePassword.changePassword(new ChangePasswordCommand(Callers.callerOf(authentication),
                Reauthentication.of(request.currentPassword(), Reauthentication.CURRENT_PASSWORD, request.code()),
                request.newPassword(), Callers.clientOf(http).address()));
        return new MessageResponse("Password changed successfully");
    }

    @Operation(summary = "Change the email address", description = """
            Needs a verified current address, and the current password (and the code, as for a password change): \
            whoever controls the address can reset the password. Mails a link to the new address (valid 24 hours, single use; a newer request kills \
            it) and a notice to the current one; nothing changes until the link is followed. The reply is the same \
            whether or not another account has the new address. Limited per address and per client.""")
    @Access.Credentials
    @ApiResponse(responseCode = "200", description = "The link is on its way")
    @ApiResponse(responseCode = "400", ref = MALFORMED_REQUEST)
    @ApiResponse(responseCode = "401", ref = AUTHENTICATION_REQUIRED)
    @ApiResponse(responseCode = "403", ref = EMAIL_CHANGE_REFUSED)
    @ApiResponse(responseCode = "422", ref = VALIDATION_FAILED)
    @ApiResponse(responseCode = "429", ref = LOGIN_THROTTLED)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Post("/email/change")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    MessageResponse changeEmail(HttpRequest<?> http, Authentication authentication,
                                @Body @Nullable ChangeEmailRequest body) {
        var request = Objects.requireNonNullElse(body, ChangeEmailRequest.EMPTY);
        changeEmail.requestEmailChange(new ChangeEmailCommand(Callers.callerOf(authentication), request.newEmail(),
                Reauthentication.of(request.currentPassword(), Reauthentication.CURRENT_PASSWORD, request.code()),
                Callers.clientOf(http).address()));
        return new MessageResponse("Confirmation email sent");
    }

    @Operation(summary = "Confirm an email change", description = """
            The target of the link mailed to the new address: the account moves to it, verified, and the old \
            address is told. `POST` does the same, for pages that confirm with a button.""")
    @ApiResponse(responseCode = "200", description = "Changed")
    @ApiResponse(responseCode = "403", ref = INVALID_EMAIL_CHANGE_TOKEN)
    @ApiResponse(responseCode = "409", ref = EMAIL_CONFLICT)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Get("/email/confirm/{token}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    MessageResponse confirmEmail(HttpRequest<?> http, @PathVariable String token) {
        changeEmail.confirmEmailChange(new EmailChangeTokenCommand(token, Callers.clientOf(http).address()));
        return new MessageResponse("Email changed successfully");
    }

    @Operation(summary = "Confirm an email change (POST)", description = "The same as `GET /api/auth/email/confirm/{token}`.")
    @ApiResponse(responseCode = "200", description = "Changed")
    @ApiResponse(responseCode = "403", ref = INVALID_EMAIL_CHANGE_TOKEN)
    @ApiResponse(responseCode = "409", ref = EMAIL_CONFLICT)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    @Post("/email/confirm/{token}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    MessageResponse confirmEmailByPost(HttpRequest<?> http, @PathVariable String token) {
        return confirmEmail(http, token);
    }

    @Operation(summary = "Delete the own account", description = """
            Needs the password (and the code, as for a password change) in the body. Every session, refresh token, \
            access token and legacy token of the account dies at once, its second factor and passkeys with it; the \
            account is deleted, its address gets a last mail, and the audit trail keeps the event. An administrator \
            cannot delete their own account. `POST /api/auth/me/delete` does the same, for clients that send no body \
            with `DELETE`.""")
    @Access.Credentials
    @ApiResponse(responseCode = "200", description = "Deleted")
    @ApiErrors.AccountDeletion
    @Delete("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<MessageResponse> deleteAccount(HttpRequest<?> http, Authentication authentication,
                                                @Body @Nullable DeleteAccountRequest body) {
        var request = Objects.requireNonNullElse(body, DeleteAccountRequest.EMPTY);
        var caller = Callers.callerOf(authentication);
        deleteAccount.deleteAccount(new DeleteAccountCommand(caller,
                Reauthentication.of(request.password(), Reauthentication.PASSWORD, request.code()),
                Callers.clientOf(http).address()));
        var deleted = HttpResponse.ok(new MessageResponse("Account deleted"));
        // the session of the cookie died with the account: the browser may forget it
        return caller.credential() instanceof Caller.SessionCredential ? deleted.cookie(cookies.clear()) : deleted;
    }

    @Operation(summary = "Delete the own account (POST)", description = "The same as `DELETE /api/auth/me`.")
    @Access.Credentials
    @ApiResponse(responseCode = "200", description = "Deleted")
    @ApiErrors.AccountDeletion
    @Post("/me/delete")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<MessageResponse> deleteAccountByPost(HttpRequest<?> http, Authentication authentication,
                                                      @Body @Nullable DeleteAccountRequest body) {
        return deleteAccount(http, authentication, body);
    }
}
