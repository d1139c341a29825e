package dev.warden.application.selfservice.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.domain.user.UserId;
import org.junit.jupiter.api.Test;

/** What every {@link ClientMetadataStore} must do. Each adapter's test extends this class. */
public abstract class ClientMetadataStoreContract {

    protected abstract ClientMetadataStore store();

    /** A user the store may refer to (a row in the users table, where there is one). */
    protected abstract UserId storedUser();

    @Test
    void metadataIsFoundAsSavedAndASaveReplacesIt() {
        var user = storedUser();
        assertThat(store().find(user)).isEmpty();

        store().save(user, "{\"theme\":\"dark\"}");
        assertThat(store().find(user)).contains("{\"theme\":\"dark\"}");

        store().save(user, "{\"theme\":\"light\",\"n\":[1,2]}");
        assertThat(store().find(user)).contains("{\"theme\":\"light\",\"n\":[1,2]}");
    }

    @Test
    void eachUserHasTheirOwn() {
        var ada = storedUser();
        var grace = storedUser();

        store().save(ada, "{\"a\":1}");
        store().save(grace, "{\"g\":2}");
        store().delete(grace);

        assertThat(store().find(ada)).contains("{\"a\":1}");
        assertThat(store().find(grace)).isEmpty();
    }

    @Test
    void deletingWhatIsNotThereDoesNothing() {
        var user = storedUser();

        store().delete(user);

        assertThat(store().find(user)).isEmpty();
    }

    /** The longest text a store holds (the profile update's limit). */
    private static final int MAX_LENGTH = 4096;

    @Test
    void theLongestTextIsKeptToTheCharacterWhateverItsScript() {
        var user = storedUser();
        var prefix = "{\"name\":\"Ærøskøbing 東京 \uD83D\uDE00\",\"pad\":\"";
        var text = prefix + "x".repeat(MAX_LENGTH - prefix.length() - 2) + "\"}";
        assertThat(text).hasSize(MAX_LENGTH);

        store().save(user, text);

        assertThat(store().find(user)).contains(text);
    }
}
