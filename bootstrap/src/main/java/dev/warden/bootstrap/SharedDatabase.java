package dev.warden.bootstrap;

import io.micronaut.context.condition.Condition;
import io.micronaut.context.condition.ConditionContext;

/** True when other processes may write to the database too: not {@link SingleProcessDatabase}. */
final class SharedDatabase implements Condition {

    @Override
    public boolean matches(ConditionContext context) {
        return SingleProcessDatabase.opened(context) && context.getProperty("datasources.default.url", String.class)
                .map(url -> !SingleProcessDatabase.isEmbedded(url)).orElse(true);
    }
}
