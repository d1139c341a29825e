package dev.warden.adapter.memory;

import dev.warden.application.port.out.PasswordHasher;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id through Bouncy Castle, stored as a PHC string ({@code $argon2id$v=19$m=..,t=..,p=..$salt$hash}).
 * Computed in process, so it serves the embedded default and production alike.
 *
 * <p>At most one computation per core runs at once; the others wait their turn, first come first served. A hash
 * keeps one core busy and holds its whole memory cost (19 MiB at the OWASP parameters) while it runs, so more at
 * once would only share the same cores more slowly while multiplying the memory held: a burst of logins would
 * grow the heap, and the collector's work, instead of the throughput.
 */
public final class Argon2PasswordHasher implements PasswordHasher {
    private static final Pattern PHC = Pattern.compile(
            "^\\$argon2id\\$v=19\\$m=(\\d{1,8}),t=(\\d{1,3}),p=(\\d{1,3})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)$");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getDecoder();
    private static final int SALT_BYTES = 16;
    private static final int MIN_HASH_BYTES = 16;
    /** A stored hash asking for more memory than this is treated as unreadable rather than computed. */
    private static final int MAX_MEMORY_KIB = 4 * 1024 * 1024;
    private static final int HASH_BYTES = 32;

    /** Cost parameters: memory in KiB, passes, lanes. */
    public record Parameters(int memoryKiB, int iterations, int parallelism) {
        /** OWASP Password Storage Cheat Sheet, first Argon2id option: 19 MiB, 2 passes, 1 lane. */
        public static final Parameters OWASP = new Parameters(19_456, 2, 1);

        public Parameters {
            if (memoryKiB < 8 * parallelism || iterations < 1 || parallelism < 1) {
                throw new IllegalArgumentException("invalid Argon2 parameters");
            }
        }

        /** True when these parameters cost at least as much as OWASP's minimum in memory and passes. */
        public boolean meetsOwaspMinimum() {
            return memoryKiB >= OWASP.memoryKiB && iterations >= OWASP.iterations;
        }
    }

    private final Parameters parameters;
    private final SecureRandom random = new SecureRandom();
    private final Semaphore running;

    public Argon2PasswordHasher(Parameters parameters) {
        this(parameters, Runtime.getRuntime().availableProcessors());
    }

    /** With at most {@code concurrency} computations at once. */
    public Argon2PasswordHasher(Parameters parameters, int concurrency) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1");
        }
        this.parameters = parameters;
        this.running = new Semaphore(concurrency, true);
    }

    @Override
    public String hash(String password) {
        var salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        var hash = compute(password, salt, parameters, HASH_BYTES);
        return "$argon2id$v=19$m=" + parameters.memoryKiB() + ",t=" + parameters.iterations()
                + ",p=" + parameters.parallelism() + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    @Override
    public boolean verify(String password, String encodedHash) {
        var decoded = decode(encodedHash);
        if (decoded.isEmpty()) {
            return false;
        }
        var stored = decoded.get();
        var computed = compute(password, stored.salt(), stored.parameters(), stored.hash().length);
        return MessageDigest.isEqual(computed, stored.hash());
    }

    @Override
    public boolean needsRehash(String encodedHash) {
        return decode(encodedHash).map(stored -> !stored.parameters().equals(parameters)).orElse(true);
    }

    private record Decoded(Parameters parameters, byte[] salt, byte[] hash) {}

    private static Optional<Decoded> decode(String encoded) {
        var matcher = PHC.matcher(encoded);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            var parameters = new Parameters(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)));
            var salt = B64_DECODER.decode(matcher.group(4));
            var hash = B64_DECODER.decode(matcher.group(5));
            if (parameters.memoryKiB() > MAX_MEMORY_KIB || salt.length < 8 || hash.length < MIN_HASH_BYTES) {
                return Optional.empty();
            }
            return Optional.of(new Decoded(parameters, salt, hash));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] compute(String password, byte[] salt, Parameters parameters, int length) {
        running.acquireUninterruptibly();
        try {
            return generate(password, salt, parameters, length);
        } finally {
            running.release();
        }
    }

    private static byte[] generate(String password, byte[] salt, Parameters parameters, int length) {
        var generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(parameters.memoryKiB())
                .withIterations(parameters.iterations())
                .withParallelism(parameters.parallelism())
                .withSalt(salt)
                .build());
        var out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
