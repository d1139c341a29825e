package dev.warden.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;

/** A client of the test's embedded server, for the HTTP tests to inject ({@link Api} keeps no state between calls). */
@Factory
class ApiFactory {

    @Singleton
    Api api(EmbeddedServer server, JsonMapper json) {
        return new Api(server.getURL(), json);
    }
}
