package dev.warden.bootstrap;

import io.micronaut.context.condition.Condition;
import io.micronaut.context.condition.ConditionContext;
import java.util.Locale;

/**
 * True when the database is an embedded H2 that no other process can open (a file or in-memory database, not a
 * server, not {@code AUTO_SERVER}): then this process makes every change to it, and may keep what it wrote.
 */
final class SingleProcessDatabase implements Condition {

    @Override
    public boolean matches(ConditionContext context) {
        return opened(context) && context.getProperty("datasources.default.url", String.class)
                .map(SingleProcessDatabase::isEmbedded).orElse(false);
    }

    /** Whether there is a database at all ({@code AUTH_STORAGE=memory} opens none). */
    static boolean opened(ConditionContext context) {
        return context.getProperty("datasources.default.enabled", Boolean.class).orElse(true);
    }

    static boolean isEmbedded(String url) {
        var lower = url.strip().toLowerCase(Locale.ROOT);
        return (lower.startsWith("jdbc:h2:file:") || lower.startsWith("jdbc:h2:mem:")
                || lower.startsWith("jdbc:h2:./") || lower.startsWith("jdbc:h2:~"))
                && !lower.contains("auto_server=true");
    }
}
