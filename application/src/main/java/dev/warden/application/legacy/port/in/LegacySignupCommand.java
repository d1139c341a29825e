package dev.warden.application.legacy.port.in;

/** The legacy signup form as posted; any field may be missing (null), the use case reports each one. */
public record LegacySignupCommand(String username, String password1, String password2, String email,
                                  String acceptTos) {
    @Override
    public String toString() {
        return "LegacySignupCommand[username=" + username + ", email=" + email + "]";
    }
}
