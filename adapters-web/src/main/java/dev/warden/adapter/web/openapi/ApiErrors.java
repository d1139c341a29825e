package dev.warden.adapter.web.openapi;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * References to the error replies of {@code src/main/openapi/errors.yml}, for {@code @ApiResponse(ref = ...)}: each
 * one has the contract's error body and examples with the exact messages.
 */
public final class ApiErrors {
    private static final String RESPONSES = "#/components/responses/";

    public static final String MALFORMED_REQUEST = RESPONSES + "MalformedRequest";
    public static final String VALIDATION_FAILED = RESPONSES + "ValidationFailed";
    public static final String AUTHENTICATION_REQUIRED = RESPONSES + "AuthenticationRequired";
    public static final String CREDENTIALS_REFUSED = RESPONSES + "CredentialsRefused";
    public static final String STAFF_REQUIRED = RESPONSES + "StaffRequired";
    public static final String ADMINISTRATOR_REQUIRED = RESPONSES + "AdministratorRequired";
    public static final String DEACTIVATION_REFUSED = RESPONSES + "DeactivationRefused";
    public static final String ACTIVATION_REFUSED = RESPONSES + "ActivationRefused";
    public static final String ROLES_REFUSED = RESPONSES + "RolesRefused";
    public static final String DELETE_REFUSED = RESPONSES + "DeleteRefused";
    public static final String MEMBERSHIP_REQUIRED = RESPONSES + "MembershipRequired";
    public static final String HIGHER_MEMBERSHIP_REQUIRED = RESPONSES + "HigherMembershipRequired";
    public static final String INVALID_CREDENTIALS = RESPONSES + "InvalidCredentials";
    public static final String ACCOUNT_DISABLED = RESPONSES + "AccountDisabled";
    public static final String LOGIN_THROTTLED = RESPONSES + "LoginThrottled";
    public static final String TOO_MANY_REQUESTS = RESPONSES + "TooManyRequests";
    public static final String REGISTRATION_CONFLICT = RESPONSES + "RegistrationConflict";
    public static final String PASSWORD_REFUSED = RESPONSES + "PasswordRefused";
    public static final String INVALID_REFRESH_TOKEN = RESPONSES + "InvalidRefreshToken";
    public static final String USER_NOT_FOUND = RESPONSES + "UserNotFound";
    public static final String SESSION_NOT_FOUND = RESPONSES + "SessionNotFound";
    public static final String INVALID_VERIFICATION_TOKEN = RESPONSES + "InvalidVerificationToken";
    public static final String RESET_REFUSED = RESPONSES + "ResetRefused";
    public static final String UNKNOWN_PROVIDER = RESPONSES + "UnknownProvider";
    public static final String OAUTH_REFUSED = RESPONSES + "OAuthRefused";
    public static final String PROVIDER_ERROR = RESPONSES + "ProviderError";
    public static final String CALLBACK_REFUSED = RESPONSES + "CallbackRefused";
    public static final String SIGN_IN_CODE_REFUSED = RESPONSES + "SignInCodeRefused";
    public static final String MFA_REQUIRED = RESPONSES + "MfaRequired";
    public static final String TOTP_CODE_REFUSED = RESPONSES + "TotpCodeRefused";
    public static final String MFA_SETUP_REFUSED = RESPONSES + "MfaSetupRefused";
    public static final String MFA_STATE_CONFLICT = RESPONSES + "MfaStateConflict";
    public static final String PASSKEY_REFUSED = RESPONSES + "PasskeyRefused";
    public static final String PASSKEY_SIGN_IN_REFUSED = RESPONSES + "PasskeySignInRefused";
    public static final String PASSKEY_NOT_FOUND = RESPONSES + "PasskeyNotFound";
    public static final String PASSKEY_ALREADY_REGISTERED = RESPONSES + "PasskeyAlreadyRegistered";
    public static final String PASSKEY_LIMIT_REACHED = RESPONSES + "PasskeyLimitReached";
    public static final String PASSWORD_CHANGE_REFUSED = RESPONSES + "PasswordChangeRefused";
    public static final String EMAIL_CHANGE_REFUSED = RESPONSES + "EmailChangeRefused";
    public static final String INVALID_EMAIL_CHANGE_TOKEN = RESPONSES + "InvalidEmailChangeToken";
    public static final String EMAIL_CONFLICT = RESPONSES + "EmailConflict";
    public static final String ACCOUNT_DELETION_REFUSED = RESPONSES + "AccountDeletionRefused";
    public static final String UNAVAILABLE = RESPONSES + "Unavailable";

    private ApiErrors() {}

    /** The error replies of every password login ({@code /login}, {@code /session/login}, {@code /token}). */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "400", ref = MALFORMED_REQUEST)
    @ApiResponse(responseCode = "401", ref = INVALID_CREDENTIALS)
    @ApiResponse(responseCode = "403", ref = ACCOUNT_DISABLED)
    @ApiResponse(responseCode = "422", ref = VALIDATION_FAILED)
    @ApiResponse(responseCode = "429", ref = LOGIN_THROTTLED)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    public @interface PasswordLogin {}

    /** The error replies of deleting one's own account ({@code DELETE /api/auth/me} and its POST twin). */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "400", ref = MALFORMED_REQUEST)
    @ApiResponse(responseCode = "401", ref = AUTHENTICATION_REQUIRED)
    @ApiResponse(responseCode = "403", ref = ACCOUNT_DELETION_REFUSED)
    @ApiResponse(responseCode = "422", ref = VALIDATION_FAILED)
    @ApiResponse(responseCode = "429", ref = LOGIN_THROTTLED)
    @ApiResponse(responseCode = "503", ref = UNAVAILABLE)
    public @interface AccountDeletion {}
}
