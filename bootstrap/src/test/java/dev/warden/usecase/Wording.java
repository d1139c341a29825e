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
        return switch (error) {
            case AuthError.InvalidInput invalid -> new AuthError.InvalidInput(words(invalid.fields()));
            case AuthError.ConfirmationRequired missing -> new AuthError.ConfirmationRequired(words(missing.fields()));
            case AuthError.ConflictsWithAccount refused -> new AuthError.ConflictsWithAccount(words(refused.fields()));
            default -> error;
        };
    }

    /** A field's reasons in the contract's words, as {@link Reason.Rule}s. */
    private static Map<String, List<Reason>> words(Map<String, List<Reason>> reasons) {
        var fields = new LinkedHashMap<String, List<Reason>>();
        ErrorCatalogue.fields(new AuthError.InvalidInput(reasons)).forEach((field, words) ->
                fields.put(field, words.stream().<Reason>map(Reason.Rule::new).toList()));
        return fields;
    }

    /** What {@code field} lacks for this account to confirm a change, in the contract's words. */
    static AuthError confirmationOf(String field, String words) {
        return new AuthError.ConfirmationRequired(Map.of(field, List.of(new Reason.Rule(words))));
    }

    /** The fields the contract lists for {@code error}: a 422's, a missing confirmation's or a refused state's. */
    static Map<String, List<String>> fieldsOf(AuthError error) {
        var fields = switch (error) {
            case AuthError.InvalidInput invalid -> invalid.fields();
            case AuthError.ConfirmationRequired missing -> missing.fields();
            case AuthError.ConflictsWithAccount refused -> refused.fields();
            default -> throw new AssertionError("no fields in " + error);
        };
        return ErrorCatalogue.fields(new AuthError.InvalidInput(fields));
    }

    /** The errors of a legacy form as its clients read them, which must have been rejected. */
    static Map<String, List<String>> legacyErrors(LegacyFormResult result) {
        assertThat(result).isInstanceOf(LegacyFormResult.Rejected.class);
        return LegacyErrors.errors((LegacyFormResult.Rejected) result);
    }
}
