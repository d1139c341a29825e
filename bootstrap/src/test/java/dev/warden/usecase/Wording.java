package dev.warden.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.adapter.web.error.ErrorCatalogue;
import dev.warden.adapter.web.legacy.LegacyErrors;
import dev.warden.application.legacy.port.in.LegacyFormResult;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.Reason;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a use case reports, in the words clients read. The use cases report what is wrong as data (reasons, form
 * problems); the web adapter's catalogues word it, and these tests keep checking the words as they did when the use
 * cases spelled them.
 */
final class Wording {
    private Wording() {}

    /** The error with every reason of a refused field in the contract's words (as {@link Reason.Rule}s). */
    static AuthError worded(AuthError error) {
        if (!(error instanceof AuthError.InvalidInput invalid)) {
            return error;
        }
        var fields = new LinkedHashMap<String, List<Reason>>();
        ErrorCatalogue.fields(invalid).forEach((field, words) ->
                fields.put(field, words.stream().<Reason>map(Reason.Rule::new).toList()));
        return new AuthError.InvalidInput(fields);
    }

    /** The fields of the contract's 422 for {@code error}, which must be an InvalidInput. */
    static Map<String, List<String>> fieldsOf(AuthError error) {
        assertThat(error).isInstanceOf(AuthError.InvalidInput.class);
        return ErrorCatalogue.fields((AuthError.InvalidInput) error);
    }

    /** The errors of a legacy form as its clients read them, which must have been rejected. */
    static Map<String, List<String>> legacyErrors(LegacyFormResult result) {
        assertThat(result).isInstanceOf(LegacyFormResult.Rejected.class);
        return LegacyErrors.errors((LegacyFormResult.Rejected) result);
    }
}
