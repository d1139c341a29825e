package dev.warden.adapter.web.stack;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * Who may call the Stack-style surface: the one project the service stands for ({@code AUTH_STACK_PROJECT_ID}) and
 * its publishable client keys ({@code AUTH_STACK_PUBLISHABLE_CLIENT_KEYS}, comma-separated). Without keys, anyone
 * may, and the project and key a client names are not looked at (seed 002's clients name their own). With keys, a
 * client must name this project and one of its keys, as Stack's backend asks of its clients.
 */
@ConfigurationProperties("auth.stack")
record StackClients(@Bindable(defaultValue = "internal") String projectId,
                    @Bindable(defaultValue = "") List<String> publishableClientKeys) {
    StackClients {
        publishableClientKeys = publishableClientKeys == null ? List.of()
                : publishableClientKeys.stream().map(String::strip).filter(key -> !key.isEmpty()).toList();
    }

    /** Whether clients must name the project and one of its keys. */
    boolean checked() {
        return !publishableClientKeys.isEmpty();
    }

    boolean isProject(@Nullable String named) {
        return projectId.equals(named);
    }

    boolean accepts(@Nullable String key) {
        if (key == null) {
            return false;
        }
        var offered = key.getBytes(StandardCharsets.UTF_8);
        var found = false;
        for (var known : publishableClientKeys) {
            found |= MessageDigest.isEqual(known.getBytes(StandardCharsets.UTF_8), offered);
        }
        return found;
    }
}
