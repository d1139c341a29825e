package dev.warden.domain.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequiredTest {

    @Test
    void everyMissingFieldIsNamedInOneAnswerInTheOrderChecked() {
        var thrown = catchThrowableOfType(AuthException.class, () -> Required.fields()
                .text("username", " \t").text("email", "ada@example.com").secret("password", "").check());

        assertThat(thrown.error()).isEqualTo(new AuthError.InvalidInput(java.util.Map.of(
                "username", List.of(Reason.BLANK), "password", List.of(Reason.BLANK))));
        assertThat(((AuthError.InvalidInput) thrown.error()).fields().keySet()).containsExactly("username", "password");
    }

    @Test
    void aSecretOfWhiteSpaceIsStillASecretButATextOfWhiteSpaceIsMissing() {
        assertThatCode(() -> Required.fields().secret("password", "   ").check()).doesNotThrowAnyException();
        assertThat(catchThrowableOfType(AuthException.class,
                () -> Required.fields().text("username", null).check()).error())
                .isEqualTo(new AuthError.InvalidInput(java.util.Map.of("username", List.of(Reason.BLANK))));
    }
}
