package dev.warden.domain.passkey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.domain.user.UserId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UserHandleTest {
    private final UserId ada = new UserId(UUID.fromString("0b7c2a1e-3d4f-4a5b-8c6d-7e8f9a0b1c2d"));

    @Test
    void theHandleIsTheSixteenBytesOfTheUserIdAndReadsBack() {
        var handle = UserHandle.of(ada);

        assertThat(handle).hasSize(16).startsWith(0x0b, 0x7c, 0x2a, 0x1e);
        assertThat(UserHandle.parse(handle)).contains(ada);
        assertThat(UserHandle.matches(handle, ada)).isTrue();
        assertThat(UserHandle.matches(handle, new UserId(UUID.randomUUID()))).isFalse();
    }

    @Test
    void aHandleOfAnotherShapeIsNoneOfOurs() {
        assertThat(UserHandle.parse(new byte[15])).isEmpty();
        assertThat(UserHandle.parse(null)).isEmpty();
    }
}
