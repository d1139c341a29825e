package dev.warden.adapter.web.error;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * A text field of a request takes a JSON string or null, nothing else: {@code {"first_name": 12}} is a client's
 * mistake to report, not a name "12" to store (the built-in reader turns any scalar into its text).
 */
@Singleton
class StrictStrings implements Deserializer<String> {

    @Override
    public String deserialize(Decoder decoder, DecoderContext context, Argument<? super String> type) throws IOException {
        var node = decoder.decodeNode();
        if (node.isString()) {
            return node.getStringValue();
        }
        var mismatch = decoder.createDeserializationException("expected a string", null);
        // A number or a boolean is a value of the wrong type (422); an object or an array, a malformed body (400).
        throw node.isNumber() || node.isBoolean() ? new NotAString(mismatch) : mismatch;
    }

    @Override
    public String deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super String> type)
            throws IOException {
        return decoder.decodeNull() ? null : deserialize(decoder, context, type);
    }

    /** A number or boolean where a string belongs; the error handler reports it as a validation failure. */
    static final class NotAString extends IOException {
        NotAString(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
