package dev.warden.application.mail.port.in;

/** A mailed token as presented; blank ones are simply invalid. */
public record TokenCommand(String token) {
    public TokenCommand {
        token = token == null ? "" : token;
    }

    @Override
    public String toString() {
        return "TokenCommand[***]";
    }
}
