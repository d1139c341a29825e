package dev.warden.domain.session;

/** What a login came from, as shown in session management: the user agent and the client address. */
public record ClientInfo(String userAgent, String address) {
    public static final ClientInfo UNKNOWN = new ClientInfo("", "");
    public static final int MAX_USER_AGENT_LENGTH = 512;
    public static final int MAX_ADDRESS_LENGTH = 64;

    public ClientInfo {
        userAgent = clip(userAgent, MAX_USER_AGENT_LENGTH);
        address = clip(address, MAX_ADDRESS_LENGTH);
    }

    private static String clip(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max);
    }
}
