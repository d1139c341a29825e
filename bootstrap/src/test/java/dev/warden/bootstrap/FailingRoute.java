package dev.warden.bootstrap;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** A route that fails the way a bug would, for the test of what a client then sees. */
@Controller("/test/failing")
@Requires(env = "failing-route")
@Secured(SecurityRule.IS_ANONYMOUS)
class FailingRoute {
    static final String SECRET = "jdbc:postgresql://db.internal:5432/secret-password-in-message";

    @Get
    String fail() {
        throw new IllegalStateException(SECRET);
    }
}
