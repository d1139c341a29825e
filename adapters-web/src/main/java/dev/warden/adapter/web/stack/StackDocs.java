package dev.warden.adapter.web.stack;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The OpenAPI pieces of the Stack-style surface: its tag, its credential (the scheme is declared on
 * {@link StackUsersController}, where the processor looks for it), and references to its error replies in
 * {@code src/main/openapi/stack-errors.yml} (Stack's error body, with the header {@code x-stack-known-error}).
 */
final class StackDocs {
    static final String TAG = "Stack-compatible API";
    static final String SCHEME = "stack";
    /** The body of a call that reads none: Stack's SDK sends one ({@code {}}), and any is taken. */
    static final String ANY_BODY = "Not read: Stack's SDK sends `{}`; any JSON is taken";
    private static final String RESPONSES = "#/components/responses/";

    static final String MALFORMED = RESPONSES + "StackMalformedRequest";
    static final String SCHEMA_ERROR = RESPONSES + "StackSchemaError";
    static final String SIGN_UP_REFUSED = RESPONSES + "StackSignUpRefused";
    static final String EMAIL_TAKEN = RESPONSES + "StackUserWithEmailAlreadyExists";
    static final String EMAIL_PASSWORD_MISMATCH = RESPONSES + "StackEmailPasswordMismatch";
    static final String ACCOUNT_DISABLED = RESPONSES + "StackAccountDisabled";
    static final String LOGIN_THROTTLED = RESPONSES + "StackLoginThrottled";
    static final String TOO_MANY_REQUESTS = RESPONSES + "StackTooManyRequests";
    static final String CALLBACK_REFUSED = RESPONSES + "StackCallbackRefused";
    static final String CODE_REFUSED = RESPONSES + "StackSignInCodeRefused";
    static final String AUTHENTICATION_REQUIRED = RESPONSES + "StackAuthenticationRequired";
    static final String ACCESS_TOKEN_REFUSED = RESPONSES + "StackAccessTokenRefused";
    static final String REFRESH_TOKEN_REFUSED = RESPONSES + "StackRefreshTokenRefused";
    static final String CANNOT_DELETE_CURRENT = RESPONSES + "StackCannotDeleteCurrentSession";
    static final String SESSION_NOT_FOUND = RESPONSES + "StackSessionNotFound";
    static final String MFA_REQUIRED = RESPONSES + "StackMfaRequired";
    static final String TOTP_CODE_REFUSED = RESPONSES + "StackTotpCodeRefused";
    static final String UNAVAILABLE = RESPONSES + "StackUnavailable";
    static final String MFA_ALREADY_ENABLED = RESPONSES + "StackMfaAlreadyEnabled";
    static final String PASSKEY_REFUSED = RESPONSES + "StackPasskeyRefused";
    static final String PASSKEY_CONFLICT = RESPONSES + "StackPasskeyConflict";
    static final String PASSWORD_UPDATE_REFUSED = RESPONSES + "StackPasswordUpdateRefused";
    static final String RESET_CODE_REFUSED = RESPONSES + "StackResetCodeRefused";
    static final String VERIFICATION_CODE_REFUSED = RESPONSES + "StackVerificationCodeRefused";
    static final String VERIFIED_USER_NOT_FOUND = RESPONSES + "StackVerifiedUserNotFound";
    static final String NOT_THE_CALLERS_ADDRESS = RESPONSES + "StackNotTheCallersAddress";
    // the endpoints only Stack's SDK calls, in its codes
    static final String SDK_AUTHORIZATION_REFUSED = RESPONSES + "StackSdkAuthorizationRefused";
    static final String SDK_TOKEN_REQUEST_REFUSED = RESPONSES + "StackSdkTokenRequestRefused";
    static final String SDK_REFRESH_TOKEN_REFUSED = RESPONSES + "StackSdkRefreshTokenRefused";
    /** A mailed or attempt code refused, as the SDK's {@code VERIFICATION_CODE_NOT_FOUND} (404) reads it. */
    static final String SDK_CODE_NOT_FOUND = RESPONSES + "StackSdkCodeNotFound";
    static final String SDK_UNAVAILABLE = RESPONSES + "StackSdkUnavailable";

    private StackDocs() {}

    /** Documents an endpoint as protected by the surface's one credential. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @SecurityRequirement(name = SCHEME)
    @interface AccessToken {}
}
