package dev.warden.bootstrap;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An HTTP/1.1 exchange that a test wrote and read as bytes on a socket (to set {@code Host}, or to break the
 * protocol on purpose), read back into an {@link Exchange} for {@link OpenApiConformance}.
 */
final class RawExchange {
    private static final String END_OF_HEAD = "\r\n\r\n";

    private RawExchange() {
    }

    /**
     * {@code request} and {@code reply} as sent and received on a connection to {@code origin}; the reply's content is
     * its JSON object (the text from its first {@code {} to its last {@code }}), so that a chunked one reads as well.
     */
    static Exchange of(URI origin, String request, String reply) {
        var requestLine = request.substring(0, request.indexOf("\r\n")).split(" ");
        var requestHead = head(request);
        var requestBody = request.length() > requestHead.length() + END_OF_HEAD.length()
                ? request.substring(requestHead.length() + END_OF_HEAD.length()) : null;
        var replyHead = head(reply);
        var rest = reply.substring(Math.min(reply.length(), replyHead.length() + END_OF_HEAD.length()));
        var content = rest.indexOf('{') < 0 ? "" : rest.substring(rest.indexOf('{'), rest.lastIndexOf('}') + 1);
        return new Exchange(requestLine[0], origin.resolve(requestLine[1]), fields(requestHead), requestBody,
                Integer.parseInt(replyHead.substring(9, 12)), fields(replyHead), content);
    }

    private static String head(String message) {
        var end = message.indexOf(END_OF_HEAD);
        return end < 0 ? message : message.substring(0, end);
    }

    /** The header fields of a head, its first line left out. */
    private static Map<String, List<String>> fields(String head) {
        var fields = new LinkedHashMap<String, List<String>>();
        head.lines().skip(1).filter(line -> line.contains(":")).forEach(line -> fields
                .computeIfAbsent(line.substring(0, line.indexOf(':')), name -> new ArrayList<>())
                .add(line.substring(line.indexOf(':') + 1).strip()));
        return fields;
    }
}
