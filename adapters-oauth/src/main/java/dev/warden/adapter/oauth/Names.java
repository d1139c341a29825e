package dev.warden.adapter.oauth;

/** A display name split into first and last name at its first space. */
final class Names {
    private Names() {}

    static String[] split(Object displayName) {
        var name = displayName instanceof String text ? text.strip() : "";
        int space = name.indexOf(' ');
        return space < 0 ? new String[] {name, ""} : new String[] {name.substring(0, space), name.substring(space + 1).strip()};
    }
}
