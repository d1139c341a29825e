package dev.warden.adapter.web.stack;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/**
 * The body of {@code PATCH /api/v1/users/me} as Stack's SDK sends it ({@code userUpdateOptionsToCrud}), for the
 * OpenAPI document: the controller reads the JSON itself, to tell a missing key (unchanged) from a null.
 */
@Serdeable
@Schema(name = "StackUserUpdate", description = "Every key may be missing: it is then left as it is. Other keys are "
        + "refused (422).")
record StackUserUpdate(
        @Schema(example = "Ada Lovelace", description = """
                The name shown for the account, read back as given (without surrounding spaces) by every client: \
                stored as the first name, with no last name, so at most 150 characters. Null or blank clears it: \
                the username is shown again.""")
        @JsonProperty("display_name") @Nullable String displayName,
        @Schema(example = "3q2+7wEAAABnZ1x9kP0sQmB4Wc8=", description = """
                Standard base64 of a TOTP secret of 16 to 32 bytes (the SDK sends 20 random bytes): enables TOTP \
                with it at once, as Stack does (no first code is asked, and no recovery codes are made), so the next \
                sign-in with the password asks a code (`MultiFactorAuthenticationRequired`). Refused when TOTP is \
                already enabled (409 `MfaAlreadyEnabled`). Null (Stack's "disable") is accepted only when TOTP is \
                off: turning it off takes a code of it, on `POST /api/auth/mfa/totp/disable`, so that an access \
                token alone never removes a second factor (422).""")
        @JsonProperty("totp_secret_base64") @Nullable String totpSecretBase64,
        @Schema(example = "{\"theme\": \"dark\"}", description = """
                Any JSON object, kept with the account and read back as it was sent (its keys in their order; \
                `{}` or null keeps nothing): at most 4096 characters as compact JSON (422 beyond). Whoever holds \
                the access token writes it: trust nothing in it about the user.""")
        @JsonProperty("client_metadata") Map<String, Object> clientMetadata,
        @Schema(description = "Only `true` is accepted: every account can sign in by a mailed code (422 for false)")
        @JsonProperty("otp_auth_enabled") @Nullable Boolean otpAuthEnabled,
        @Schema(description = """
                Only the current state is accepted (true when the account has a passkey): passkeys are registered \
                and deleted on `/api/auth/passkeys` (422 for another value).""")
        @JsonProperty("passkey_auth_enabled") @Nullable Boolean passkeyAuthEnabled,
        @Schema(description = "Only null is accepted: accounts have no picture (422 for a URL)")
        @JsonProperty("profile_image_url") @Nullable String profileImageUrl,
        @Schema(description = "Only null is accepted: there are no teams (422 for an id)")
        @JsonProperty("selected_team_id") @Nullable String selectedTeamId,
        @Schema(description = """
                Only the current address is accepted (compared as sign-in compares addresses): another one is \
                confirmed by a link mailed to it first, through `POST /api/auth/email/change` (422 here).""")
        @JsonProperty("primary_email") @Nullable String primaryEmail) {
}
