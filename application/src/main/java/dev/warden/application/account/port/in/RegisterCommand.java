package dev.warden.application.account.port.in;

import dev.warden.domain.error.Required;

/** Registration input as the client sent it; names are optional, the rest is required. */
public record RegisterCommand(String username, String email, String password, String firstName, String lastName) {
    public RegisterCommand {
        Required.fields().text("username", username).text("email", email).secret("password", password).check();
        firstName = firstName == null ? "" : firstName.strip();
        lastName = lastName == null ? "" : lastName.strip();
    }

    @Override
    public String toString() {
        return "RegisterCommand[username=" + username + ", email=" + email + "]";
    }
}
