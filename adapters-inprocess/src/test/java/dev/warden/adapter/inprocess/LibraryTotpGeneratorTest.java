package dev.warden.adapter.inprocess;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class LibraryTotpGeneratorTest {
    /** The RFC 6238 Appendix B key for SHA-1, "12345678901234567890", in base 32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    private final LibraryTotpGenerator generator = new LibraryTotpGenerator();

    @Test
    void codesAreThoseOfRfc6238AppendixB() {
        // The appendix lists eight digits; six-digit codes are their last six (RFC 4226 §5.3).
        assertThat(generator.codeAt(RFC_SECRET, 59 / 30)).isEqualTo("287082");
        assertThat(generator.codeAt(RFC_SECRET, 1111111109L / 30)).isEqualTo("081804");
        assertThat(generator.codeAt(RFC_SECRET, 1234567890L / 30)).isEqualTo("005924");
        assertThat(generator.codeAt(RFC_SECRET, 2000000000L / 30)).isEqualTo("279037");
    }

    @Test
    void rawSecretsAreWrittenInBase32AsTheCodesReadThem() {
        var raw = "12345678901234567890".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        assertThat(generator.base32(raw)).isEqualTo(RFC_SECRET);
        assertThat(generator.codeAt(generator.base32(raw), 59 / 30)).isEqualTo("287082");
    }

    @Test
    void secretsAre160RandomBitsInBase32() {
        var first = generator.newSecret();

        assertThat(first).hasSize(32).matches("[A-Z2-7]{32}");
        assertThat(generator.newSecret()).isNotEqualTo(first);
    }

    @Test
    void theUriFollowsTheKeyUriFormat() {
        var uri = URI.create(generator.uri(RFC_SECRET, "Warden", "ada"));

        assertThat(uri.getScheme()).isEqualTo("otpauth");
        assertThat(uri.getHost()).isEqualTo("totp");
        assertThat(uri.getPath()).isEqualTo("/Warden:ada");
        assertThat(uri.getQuery()).contains("secret=" + RFC_SECRET, "issuer=Warden", "algorithm=SHA1", "digits=6",
                "period=30");
    }

    @Test
    void theQrCodeIsAPngImage() throws Exception {
        var png = generator.qrPng(RFC_SECRET, "Warden", "ada");

        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(256);
        assertThat(image.getHeight()).isEqualTo(256);
    }
}
