package dev.warden.bootstrap;

import io.micronaut.runtime.Micronaut;

public final class Application {
    private Application() {}

    public static void main(String[] args) {
        var builder = Micronaut.build(args).mainClass(Application.class).banner(false);
        Storage.environmentOf(System.getProperty("auth.storage", System.getenv("AUTH_STORAGE")))
                .ifPresent(builder::environments);
        builder.start();
    }
}
