package dev.warden.adapter.web.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.warden.application.passkey.port.in.PasskeyCreationOptions;
import dev.warden.application.passkey.port.in.PasskeyDescriptor;
import dev.warden.application.passkey.port.in.PasskeyRequestOptions;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Base64;
import java.util.List;

/**
 * WebAuthn options in their JSON form (WebAuthn Level 3: PublicKeyCredentialCreationOptionsJSON and
 * PublicKeyCredentialRequestOptionsJSON): binary values in base64url, names in camel case, as
 * {@code PublicKeyCredential.parseCreationOptionsFromJSON()} and {@code parseRequestOptionsFromJSON()} read them.
 */
public final class PasskeyOptionsJson {
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
    private static final String PUBLIC_KEY = "public-key";
    private static final String PREFERRED = "preferred";

    private PasskeyOptionsJson() {}

    @Serdeable
    public record RelyingParty(String id, String name) {}

    @Serdeable
    public record UserEntity(@Schema(description = "The user handle: the user id's 16 bytes, base64url") String id,
                      String name, String displayName) {}

    @Serdeable
    public record Parameter(String type, long alg) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Descriptor(String type, @Schema(description = "The credential id, base64url") String id,
                      List<String> transports) {
        static Descriptor of(PasskeyDescriptor descriptor) {
            return new Descriptor(PUBLIC_KEY, B64URL.encodeToString(descriptor.credentialId()),
                    descriptor.transports());
        }
    }

    @Serdeable
    public record Selection(String residentKey, String userVerification) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Creation(RelyingParty rp, UserEntity user,
                    @Schema(description = "32 random bytes, base64url; single use, 5 minutes") String challenge,
                    List<Parameter> pubKeyCredParams, long timeout, List<Descriptor> excludeCredentials,
                    Selection authenticatorSelection, String attestation) {
        /** The same options for another relying party id (what a client fills in itself). */
        public Creation withRpId(String rpId) {
            return new Creation(new RelyingParty(rpId, rp.name()), user, challenge, pubKeyCredParams, timeout,
                    excludeCredentials, authenticatorSelection, attestation);
        }

        public static Creation of(PasskeyCreationOptions options) {
            return new Creation(new RelyingParty(options.rpId(), options.rpName()),
                    new UserEntity(B64URL.encodeToString(options.userHandle()), options.userName(),
                            options.userDisplayName()),
                    B64URL.encodeToString(options.challenge()),
                    options.algorithms().stream().map(alg -> new Parameter(PUBLIC_KEY, alg)).toList(),
                    options.timeout().toMillis(), options.excludeCredentials().stream().map(Descriptor::of).toList(),
                    new Selection(PREFERRED, PREFERRED), "none");
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Request(@Schema(description = "32 random bytes, base64url; single use, 5 minutes") String challenge,
                   String rpId, long timeout, String userVerification, List<Descriptor> allowCredentials) {
        /** The same options for another relying party id (what a client fills in itself). */
        public Request withRpId(String rpId) {
            return new Request(challenge, rpId, timeout, userVerification, allowCredentials);
        }

        public static Request of(PasskeyRequestOptions options) {
            return new Request(B64URL.encodeToString(options.challenge()), options.rpId(),
                    options.timeout().toMillis(), PREFERRED,
                    options.allowCredentials().stream().map(Descriptor::of).toList());
        }
    }
}
