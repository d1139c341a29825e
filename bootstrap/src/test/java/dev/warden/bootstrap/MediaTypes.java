package dev.warden.bootstrap;

import java.util.Collection;
import java.util.Optional;

/** Which of a document's media type keys ({@code application/json}, {@code text/*}) a message's media type is. */
final class MediaTypes {
    private MediaTypes() {
    }

    /** The most specific key of {@code declared} that {@code mediaType} (lower case, no parameters) falls under. */
    static Optional<String> match(String mediaType, Collection<String> declared) {
        var range = mediaType.substring(0, Math.max(mediaType.indexOf('/'), 0)) + "/*";
        for (var wanted : new String[] {mediaType, range, "*/*"}) {
            var key = declared.stream().filter(candidate -> Exchange.mediaType(candidate).equals(wanted)).findFirst();
            if (key.isPresent()) {
                return key;
            }
        }
        return Optional.empty();
    }

    static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }
}
