package dev.warden.application.shared;

import java.util.Objects;
import java.util.function.Function;

/**
 * One use case that a feature's assembly offers: the inbound port's type, and how to take it from the built assembly.
 * A driver (the HTTP server's wiring, a test) finds every use case of a feature through its assembly's offers, so
 * that adding a use case to a feature changes that feature's package and nothing else.
 */
public record Offer<A, T>(Class<T> useCase, Function<? super A, ? extends T> from) {
    public Offer {
        Objects.requireNonNull(useCase, "useCase");
        Objects.requireNonNull(from, "from");
    }

    public static <A, T> Offer<A, T> of(Class<T> useCase, Function<? super A, ? extends T> from) {
        return new Offer<>(useCase, from);
    }
}
