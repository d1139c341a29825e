package dev.warden.domain.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The {@link AuthError} a call fails with; the test fails when it throws nothing or something else. */
public final class AuthErrors {
    private AuthErrors() {}

    public static AuthError errorOf(ThrowingCallable call) {
        var thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(AuthException.class);
        return ((AuthException) thrown).error();
    }

    public static AuthError invalid(String field, String reason) {
        return AuthError.InvalidInput.of(field, reason);
    }
}
