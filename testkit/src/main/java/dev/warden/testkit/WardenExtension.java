package dev.warden.testkit;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that runs an in-memory Warden in this JVM, on a free port, for the tests of one class.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final WardenExtension warden = WardenExtension.inMemory();
 *
 * @Test
 * void meAnswersTheSignedInUser() {
 *     var alice = warden.client().register();
 *     var tokens = warden.client().tokensFor(alice);
 *     // GET warden.baseUrl().resolve("/api/auth/me") with Authorization: tokens.authorization()
 * }
 * }</pre>
 *
 * <p>The service is the one on the test classpath ({@code dev.warden:bootstrap}; this kit does not depend on it),
 * started as {@code AUTH_STORAGE=memory bin/warden} starts it: the Micronaut environment {@code memory} alone (no
 * environment is deduced, so no {@code test} configuration of the classpath is read), every store in process memory,
 * nothing written to disk, everything gone when the class's tests are done. Unlike the service's own defaults:
 * <ul>
 *   <li>the port is a free one and {@code auth.public-url} is {@code http://localhost:<port>} (the {@code iss} of
 *       its tokens, the origin its session cookie trusts);</li>
 *   <li>the per-address request limits ({@code auth.rate-limits.*}, {@code auth.login-throttle.address-failures},
 *       {@code auth.mail.per-client-limit}) are lifted, since every request of a test comes from 127.0.0.1; the
 *       per-account lockout is as in production;</li>
 *   <li>a superuser is created at start ({@link #admin()}).</li>
 * </ul>
 * Argon2id hashing keeps its production cost (the service refuses anything cheaper), so a registration or login
 * takes some tens of milliseconds. {@link #withProperty} changes any setting (the dotted names of the README's
 * configuration table, e.g. {@code auth.tokens.access-ttl}).
 *
 * <p>Registered on a static field ({@code @RegisterExtension}) or with {@code @ExtendWith(WardenExtension.class)},
 * one Warden serves every test of the class; on an instance field, each test gets its own. Test methods and
 * constructors may take a {@link WardenClient} parameter.
 */
public final class WardenExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
    /** The Micronaut environment of {@code AUTH_STORAGE=memory}. */
    static final String MEMORY = "memory";
    /** A class of the service, there when {@code dev.warden:bootstrap} is on the classpath. */
    static final String SERVICE_CLASS = "dev.warden.bootstrap.Application";
    private static final int ATTEMPTS = 3;

    private final Map<String, Object> properties = new LinkedHashMap<>();
    private final String adminPassword = "Kit-" + UUID.randomUUID();
    private Running running;
    private TestUser admin;

    /** The extension with the kit's defaults; what {@code @ExtendWith(WardenExtension.class)} uses. */
    public WardenExtension() {
        properties.put("auth.rate-limits.register", "off");
        properties.put("auth.rate-limits.login", "off");
        properties.put("auth.rate-limits.forgot-password", "off");
        properties.put("auth.rate-limits.send-verification", "off");
        properties.put("auth.rate-limits.legacy", "off");
        properties.put("auth.login-throttle.address-failures", "1000000/1m");
        properties.put("auth.mail.per-client-limit", 1_000_000);
        properties.put("auth.bootstrap-admin.username", "warden_admin");
        properties.put("auth.bootstrap-admin.email", "warden_admin@example.com");
        properties.put("auth.bootstrap-admin.password", adminPassword);
    }

    /** An in-memory Warden with the kit's defaults (see the class comment). */
    public static WardenExtension inMemory() {
        return new WardenExtension();
    }

    /**
     * Sets one configuration property (dotted form, e.g. {@code auth.tokens.access-ttl} = {@code 5m}) before the
     * service starts; it wins over the kit's defaults.
     */
    public synchronized WardenExtension withProperty(String name, Object value) {
        if (running != null) {
            throw new IllegalStateException("Warden is running already: set its properties before it starts");
        }
        properties.put(name, value);
        return this;
    }

    /** The running service's root, e.g. {@code http://localhost:41234}. */
    public URI baseUrl() {
        return running().baseUrl();
    }

    /** A client of the running service: registers users and logs them in. */
    public WardenClient client() {
        return running().client();
    }

    /**
     * The superuser the service created at start ({@code auth.bootstrap-admin.*}; {@code warden_admin} unless
     * changed with {@link #withProperty}), for the {@code /api/admin} endpoints: {@code client().tokensFor(admin())}.
     */
    public synchronized TestUser admin() {
        var current = running();
        if (admin == null) {
            var context = current.server().getApplicationContext();
            var username = context.getProperty("auth.bootstrap-admin.username", String.class).orElseThrow();
            var password = context.getProperty("auth.bootstrap-admin.password", String.class).orElseThrow();
            var client = current.client();
            var me = client.me("Authorization", client.tokensFor(username, password).authorization());
            admin = new TestUser((String) me.get("id"), (String) me.get("username"), (String) me.get("email"),
                    password);
        }
        return admin;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        start(context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        stop(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == WardenClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        start(context);
        return client();
    }

    private synchronized Running running() {
        if (running == null) {
            throw new IllegalStateException("Warden is not running: register the extension with @RegisterExtension"
                    + " or @ExtendWith, and use it from a test or a @BeforeAll/@BeforeEach method");
        }
        return running;
    }

    /** Starts the service unless it runs; the context that started it is the one whose end stops it. */
    private synchronized void start(ExtensionContext context) {
        if (running != null) {
            return;
        }
        try {
            Class.forName(SERVICE_CLASS, false, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Warden is not on the test classpath: add dev.warden:bootstrap as a test"
                    + " dependency beside dev.warden:testkit (" + SERVICE_CLASS + " not found)", e);
        }
        RuntimeException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                running = launch(context.getUniqueId());
                return;
            } catch (RuntimeException e) {
                if (!causedByBind(e) || properties.containsKey("micronaut.server.port")) {
                    throw e;
                }
                last = e;   // another process took the free port between the probe and the bind: try another
            }
        }
        throw last;
    }

    private Running launch(String owner) {
        var port = freePort();
        var settings = new LinkedHashMap<String, Object>();
        settings.put("micronaut.server.port", port);
        settings.put("auth.public-url", "http://localhost:" + port);
        settings.putAll(properties);
        var context = ApplicationContext.builder()
                .deduceEnvironment(false)
                .environments(MEMORY)
                .properties(settings)
                .start();
        try {
            var server = context.getBean(EmbeddedServer.class);
            if (!server.isRunning()) {
                server.start();
            }
            var baseUrl = URI.create("http://localhost:" + server.getPort());
            return new Running(owner, server, baseUrl, new WardenClient(baseUrl, context.getBean(JsonMapper.class)));
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }

    private synchronized void stop(ExtensionContext context) {
        if (running != null && running.owner().equals(context.getUniqueId())) {
            var server = running.server();
            running = null;
            admin = null;
            server.getApplicationContext().close();
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getByName("0.0.0.0"))) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    private static boolean causedByBind(Throwable error) {
        for (var cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException
                    || String.valueOf(cause.getMessage()).contains("Address already in use")) {
                return true;
            }
        }
        return false;
    }

    private record Running(String owner, EmbeddedServer server, URI baseUrl, WardenClient client) {}
}
