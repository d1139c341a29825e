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
final class PasskeyOptionsJson {
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
    private static final String PUBLIC_KEY = "public-key";
    private static final String PREFERRED = "preferred";

    private PasskeyOptionsJson() {}

    @Serdeable
    record RelyingParty(String id, String name) {}

    @Serdeable
    record UserEntity(@Schema(description = "The user handle: the user id's 16 bytes, base64url") String id,
                      String name, String displayName) {}

    @Serdeable
    record Parameter(String type, long alg) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Descriptor(String type, @Schema(description = "The credential id, base64url") String id,
                      List<String> transports) {
        static Descriptor of(PasskeyDescriptor descriptor) {
            return new Descriptor(PUBLIC_KEY, B64URL.encodeToString(descriptor.credentialId()),
                    descriptor.transports());
        }
    }

    @Serdeable
    record Selection(String residentKey, String userVerification) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Creation(RelyingParty rp, UserEntity user,
                    @Schema(description = "32 random bytes, base64url; single use, 5 minutes") String challenge,
                    List<Parameter> pubKeyCredParams, long timeout, List<Descriptor> excludeCredentials,
                    Selection authenticatorSelection, String attestation) {
        static Creation of(PasskeyCreationOptions options) {
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
    record Request(@Schema(description = "32 random bytes, base64url; single use, 5 minutes") String challenge,
                   String rpId, long timeout, String userVerification, List<Descriptor> allowCredentials) {
        static Request of(PasskeyRequestOptions options) {
            return new Request(B64URL.encodeToString(options.challenge()), options.rpId(),
                    options.timeout().toMillis(), PREFERRED,
                    options.allowCredentials().stream().map(Descriptor::of).toList());
        }
    }
}
