package dev.warden.adapter.web.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.regex.Pattern;

/**
 * A body that could not be read: a value of the wrong JSON type in a text field ({@link StrictStrings}) is a
 * validation failure of that field (422, named as the client wrote it); anything else is malformed (400).
 */
@Singleton
@Replaces(ConversionErrorHandler.class)
class UnreadableBodyHandler implements ExceptionHandler<ConversionErrorException, HttpResponse<?>> {
    /** How Micronaut Serde names the property it was reading: "Error decoding property [String firstName] ...". */
    private static final Pattern PROPERTY = Pattern.compile("Error decoding property \\[\\S+ (\\w+)]");

    @Override
    public HttpResponse<?> handle(HttpRequest request, ConversionErrorException exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof StrictStrings.NotAString) {
                return ErrorCatalogue.notAString(fieldOf(exception));
            }
        }
        return ErrorCatalogue.framework(HttpStatus.BAD_REQUEST);
    }

    private static String fieldOf(ConversionErrorException exception) {
        var matcher = PROPERTY.matcher(String.valueOf(exception.getMessage()));
        if (!matcher.find()) {
            return "body";
        }
        return matcher.group(1).replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
