package dev.warden.application.shared.port.out;

/**
 * A backing server (database, session store) cannot be reached. Adapters throw it instead of their client's
 * exceptions, so that the caller can answer "try again later" and nothing else.
 */
public final class BackingServiceUnavailable extends RuntimeException {

    public enum Service { DATABASE, SESSION_STORE }

    private final Service service;

    public BackingServiceUnavailable(Service service, Throwable cause) {
        super(service + " unavailable", cause);
        this.service = service;
    }

    public Service service() {
        return service;
    }
}
