package dev.warden.adapter.web.openapi;

/**
 * The browser's passkey answers as the document describes them ({@code src/main/openapi/webauthn.yml}): W3C's
 * {@code PublicKeyCredential} JSON, which request bodies carry as a tree and hand on as text to the verifier.
 * A field names one with {@code @Schema(ref = WebAuthnSchemas.REGISTRATION)}.
 */
public final class WebAuthnSchemas {
    public static final String REGISTRATION = "#/components/schemas/RegistrationResponseJSON";
    public static final String AUTHENTICATION = "#/components/schemas/AuthenticationResponseJSON";

    private WebAuthnSchemas() {}
}
