package dev.warden.bootstrap;

import java.util.List;
import java.util.function.Predicate;

/**
 * The requests the service answers that the OpenAPI document deliberately leaves out, each with its reason. Anything
 * a REST client of the API calls belongs in the document, not here: this list is for the document itself, its
 * viewer, the operators' probes and scrapes, HTTP's own machinery, and the tests' own routes.
 */
final class UndocumentedRoutes {
    private static final List<Predicate<Exchange>> ROUTES = List.of(
            // the document itself (OpenApiController is @Hidden)
            exchange -> List.of("/openapi.json", "/openapi.yml").contains(exchange.path()),
            // Swagger UI, the document's viewer for people (static files, and its redirect)
            exchange -> exchange.path().equals("/swagger-ui") || exchange.path().startsWith("/swagger-ui/"),
            // the orchestrators' probes /health/liveness and /health/readiness (management endpoint; GET /health,
            // which clients may watch, is documented)
            exchange -> exchange.path().startsWith("/health/"),
            // Prometheus' scrape (management endpoint behind AUTH_METRICS_TOKEN, for operators)
            exchange -> exchange.path().equals("/prometheus"),
            // routes only the tests add (FailingRoute, ObservedRoute): not part of the service
            exchange -> exchange.path().startsWith("/test/"),
            // CORS preflights, answered by the CORS filter for any route: HTTP's machinery, not an operation
            exchange -> exchange.method().equals("OPTIONS")
                    && exchange.header("Access-Control-Request-Method").isPresent());

    private UndocumentedRoutes() {
    }

    static boolean covers(Exchange exchange) {
        return ROUTES.stream().anyMatch(route -> route.test(exchange));
    }
}
