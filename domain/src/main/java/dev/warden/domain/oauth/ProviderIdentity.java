package dev.warden.domain.oauth;

import java.util.Objects;
import java.util.Optional;

/**
 * Who an identity provider says signed in: its stable subject id, a login name to start a username from,
 * and an email address with whether the provider verified it.
 */
public record ProviderIdentity(String provider, String subject, String login, Optional<String> email,
                               boolean emailVerified, String firstName, String lastName) {
    public ProviderIdentity {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(subject, "subject");
        login = login == null ? "" : login;
        email = email == null ? Optional.empty() : email.filter(address -> !address.isBlank());
        firstName = firstName == null ? "" : firstName;
        lastName = lastName == null ? "" : lastName;
    }
}
