package dev.warden.application.ratelimit.port.in;

/** Per-client-address limits on the endpoints that anyone may call (register, login, mail requests, legacy). */
public interface ThrottleRequestsUseCase {

    /** The kinds of request that are limited, each with its own limit. */
    enum Action { REGISTER, LOGIN, FORGOT_PASSWORD, SEND_VERIFICATION, LEGACY }

    /** Counts one request of {@code action} from {@code clientAddress}; fails with TooManyRequests past the limit. */
    void admit(Action action, String clientAddress);
}
