package dev.warden.adapter.inprocess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.adapter.inprocess.Argon2PasswordHasher.Parameters;
import java.util.ArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Argon2PasswordHasherTest {
    private static final Parameters FAST = new Parameters(1024, 1, 1);
    private static final String PASSWORD = "violet-harbour-lantern";

    private final Argon2PasswordHasher hasher = new Argon2PasswordHasher(FAST);

    @Test
    void hashIsAnArgon2idPhcStringWithTheCurrentParameters() {
        assertThat(hasher.hash(PASSWORD))
                .matches("^\\$argon2id\\$v=19\\$m=1024,t=1,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}$")
                .doesNotContain(PASSWORD);
    }

    @Test
    void rightPasswordVerifiesAndWrongOnesDoNot() {
        var hash = hasher.hash(PASSWORD);

        assertThat(hasher.verify(PASSWORD, hash)).isTrue();
        assertThat(hasher.verify("violet-harbour-lanterN", hash)).isFalse();
        assertThat(hasher.verify(PASSWORD + " ", hash)).isFalse();
        assertThat(hasher.verify("", hash)).isFalse();
    }

    @Test
    void aDecoyIsAReadableHashAtTheCurrentParametersThatNoPasswordMatches() {
        var decoy = hasher.decoyHash();

        assertThat(decoy).matches("^\\$argon2id\\$v=19\\$m=1024,t=1,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}$");
        assertThat(hasher.needsRehash(decoy)).isFalse();
        assertThat(hasher.verify(PASSWORD, decoy)).isFalse();
        assertThat(hasher.verify("", decoy)).isFalse();
        assertThat(hasher.decoyHash()).isNotEqualTo(decoy);
    }

    @Test
    void manyThreadsThroughOneSlotAllGetTheirTurnAndTheRightAnswers() throws Exception {
        var oneAtATime = new Argon2PasswordHasher(FAST, 1);
        try (var threads = Executors.newFixedThreadPool(8)) {
            var results = new ArrayList<Future<Boolean>>();
            for (int i = 0; i < 16; i++) {
                var password = PASSWORD + i;
                results.add(threads.submit(() -> oneAtATime.verify(password, oneAtATime.hash(password))
                        && !oneAtATime.verify(password + "x", oneAtATime.hash(password))));
            }
            for (var result : results) {
                // a slot that is never given back would leave the rest waiting for ever
                assertThat(result.get(60, TimeUnit.SECONDS)).isTrue();
            }
        }
    }

    @Test
    void concurrencyIsAtLeastOne() {
        assertThatThrownBy(() -> new Argon2PasswordHasher(FAST, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nonAsciiPasswordsVerify() {
        var password = "Straße-😀-пароль";

        assertThat(hasher.verify(password, hasher.hash(password))).isTrue();
        assertThat(hasher.verify("Strasse-😀-пароль", hasher.hash(password))).isFalse();
    }

    @Test
    void twoHashesOfOnePasswordDifferBecauseOfTheSalt() {
        var first = hasher.hash(PASSWORD);
        var second = hasher.hash(PASSWORD);

        assertThat(first).isNotEqualTo(second);
        assertThat(first.split("\\$")[4]).isNotEqualTo(second.split("\\$")[4]);
        assertThat(hasher.verify(PASSWORD, first)).isTrue();
        assertThat(hasher.verify(PASSWORD, second)).isTrue();
    }

    @Test
    void hashMadeWithOtherParametersStillVerifiesButNeedsRehash() {
        var older = new Argon2PasswordHasher(new Parameters(2048, 2, 1)).hash(PASSWORD);

        assertThat(hasher.verify(PASSWORD, older)).isTrue();
        assertThat(hasher.verify("wrong-password", older)).isFalse();
        assertThat(hasher.needsRehash(older)).isTrue();
    }

    @Test
    void hashWithTheCurrentParametersNeedsNoRehash() {
        assertThat(hasher.needsRehash(hasher.hash(PASSWORD))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not-a-hash", "$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW",
            "$argon2i$v=19$m=1024,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g", "$argon2id$v=16$m=1024,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g",
            "$argon2id$v=19$m=1024,t=0,p=1$c2FsdHNhbHQ$aGFzaGhhc2g", "$argon2id$v=19$m=1024,t=1,p=1$c2FsdHNhbHQ",
            "$argon2id$v=19$m=1024,t=1,p=1$c2FsdHNhbHQ$AA", "$argon2id$v=19$m=99999999,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2gxMjM0NTY3OA"})
    void unreadableHashNeverVerifiesAndNeedsRehash(String garbage) {
        assertThat(hasher.verify(PASSWORD, garbage)).isFalse();
        assertThat(hasher.needsRehash(garbage)).isTrue();
    }

    @Test
    void owaspParametersAreNineteenMebibytesTwoPassesOneLane() {
        assertThat(Parameters.OWASP).isEqualTo(new Parameters(19_456, 2, 1));
        assertThat(Parameters.OWASP.meetsOwaspMinimum()).isTrue();
        assertThat(new Parameters(65_536, 3, 4).meetsOwaspMinimum()).isTrue();
        assertThat(FAST.meetsOwaspMinimum()).isFalse();
        assertThat(new Parameters(19_455, 2, 1).meetsOwaspMinimum()).isFalse();
        assertThat(new Parameters(19_456, 1, 1).meetsOwaspMinimum()).isFalse();
    }

    @Test
    void owaspHasherHashesAndVerifiesWithItsParameters() {
        var owasp = new Argon2PasswordHasher(Parameters.OWASP);

        var hash = owasp.hash(PASSWORD);

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(owasp.verify(PASSWORD, hash)).isTrue();
        assertThat(owasp.needsRehash(hash)).isFalse();
        assertThat(hasher.needsRehash(hash)).isTrue();
    }

    @Test
    void parametersBelowArgon2sLimitsAreRefused() {
        assertThatThrownBy(() -> new Parameters(1024, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Parameters(1024, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Parameters(15, 1, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
