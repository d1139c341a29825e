package dev.warden.domain.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientAuthorizationTest {
    /** RFC 7636 Appendix B. */
    private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    private static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    private static ClientAuthorization to(String redirect) {
        return new ClientAuthorization(URI.create(redirect), "st&te=1 ✓", CHALLENGE, Optional.empty());
    }

    @Test
    void onlyTheVerifierOfTheChallengeAnswersIt() {
        var client = to("https://app.example.com/cb");

        assertThat(ClientAuthorization.s256(VERIFIER)).isEqualTo(CHALLENGE);
        assertThat(client.answeredBy(VERIFIER)).isTrue();
        assertThat(client.answeredBy(CHALLENGE)).isFalse();
        assertThat(client.answeredBy(VERIFIER + "x")).isFalse();
        assertThat(client.answeredBy("")).isFalse();
        assertThat(client.answeredBy(null)).isFalse();
    }

    @Test
    void theCodeAndTheClientsStateJoinTheRedirectUrisOwnQueryEncoded() {
        assertThat(to("https://app.example.com/cb").redirectWith("c0de+/="))
                .hasToString("https://app.example.com/cb?code=c0de%2B%2F%3D&state=st%26te%3D1+%E2%9C%93");
        assertThat(to("https://app.example.com/cb?tab=2").redirectWith("c"))
                .hasToString("https://app.example.com/cb?tab=2&code=c&state=st%26te%3D1+%E2%9C%93");
        assertThat(to("https://app.example.com/cb?#top").redirectWith("c"))
                .hasToString("https://app.example.com/cb?code=c&state=st%26te%3D1+%E2%9C%93#top");
    }
}
