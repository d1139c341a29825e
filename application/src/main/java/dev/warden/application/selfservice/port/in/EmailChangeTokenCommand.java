package dev.warden.application.selfservice.port.in;

/** The token of a mailed email change link as presented (blank ones are simply invalid), and where it came from. */
public record EmailChangeTokenCommand(String token, String clientAddress) {
    public EmailChangeTokenCommand {
        token = token == null ? "" : token;
        clientAddress = clientAddress == null ? "" : clientAddress;
    }

    @Override
    public String toString() {
        return "EmailChangeTokenCommand[***]";
    }
}
