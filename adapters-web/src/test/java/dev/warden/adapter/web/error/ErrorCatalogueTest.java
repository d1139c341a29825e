package dev.warden.adapter.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.Reason;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The contract's words for the reasons of a refused field, as they were when the use cases and controllers spelled
 * them (the HTTP tests check most of them in their bodies, not all).
 */
class ErrorCatalogueTest {

    @Test
    void everyReasonHasTheContractsWords() {
        assertThat(ErrorCatalogue.reason(Reason.BLANK)).isEqualTo("must not be blank");
        assertThat(ErrorCatalogue.reason(new Reason.Length(0, 150))).isEqualTo("size must be between 0 and 150");
        assertThat(ErrorCatalogue.reason(new Reason.AtLeast(0))).isEqualTo("must be 0 or more");
        assertThat(ErrorCatalogue.reason(new Reason.Between(1, 100))).isEqualTo("must be between 1 and 100");
        assertThat(ErrorCatalogue.reason(new Reason.OneOf(List.of("password")))).isEqualTo("must be password");
        assertThat(ErrorCatalogue.reason(new Reason.OneOf(
                List.of("BASIC", "SUPPORTING", "CONTRIBUTING", "MANAGING", "FELLOW", "null"))))
                .isEqualTo("must be one of BASIC, SUPPORTING, CONTRIBUTING, MANAGING, FELLOW or null");
        assertThat(ErrorCatalogue.reason(Reason.UNDELIVERABLE))
                .isEqualTo("cannot be delivered as written by this service's mail server");
        assertThat(ErrorCatalogue.reason(Reason.CONFUSABLE_NAME))
                .isEqualTo("must not mix scripts or hide characters (it could pass for another name)");
        assertThat(ErrorCatalogue.reason(Reason.CURRENT_ADDRESS)).isEqualTo("is already the address of this account");
        assertThat(ErrorCatalogue.reason(Reason.SECOND_FACTOR_REQUIRED))
                .isEqualTo("a code of the authenticator app or a recovery code is required: TOTP is enabled");
    }

    @Test
    void theDomainsRulesAreRepeatedAsTheyAre() {
        assertThat(ErrorCatalogue.reason(new Reason.Rule("Password is too common"))).isEqualTo("Password is too common");
    }

    @Test
    void fieldsKeepTheOrderTheyWereReportedIn() {
        var fields = new LinkedHashMap<String, List<Reason>>();
        fields.put("username", List.of(Reason.BLANK));
        fields.put("email", List.of(new Reason.Rule("must be a well-formed email address")));
        fields.put("password", List.of(Reason.BLANK));
        var invalid = new AuthError.InvalidInput(fields);

        assertThat(ErrorCatalogue.fields(invalid)).containsExactly(
                Map.entry("username", List.of("must not be blank")),
                Map.entry("email", List.of("must be a well-formed email address")),
                Map.entry("password", List.of("must not be blank")));
    }
}
