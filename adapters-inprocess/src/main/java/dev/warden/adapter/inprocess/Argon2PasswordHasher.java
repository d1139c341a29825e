package dev.warden.adapter.inprocess;

import dev.warden.application.account.port.out.PasswordHasher;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id through Bouncy Castle, stored as a PHC string ({@code $argon2id$v=19$m=..,t=..,p=..$salt$hash}).
 * Computed in process, so it serves the embedded default and production alike.
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
    /**
     * The memory of the hashes computed at once, one slot per core: a hash takes a slot (waiting while all are
     * busy) and computes in that slot's blocks, which Bouncy Castle zeroes when the hash is done, so that they
     * serve the next hash. Each hash needs its whole memory cost (19 MiB by default, in 1 KiB blocks); more hashes
     * at once than there are cores only share the same cores more slowly, and allocating that memory afresh for
     * every hash made the garbage collector, not Argon2, the limit of logins per second on a small heap.
     */
    private static final int SLOTS = Math.max(1, Runtime.getRuntime().availableProcessors());

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
    private final BlockingQueue<Argon2BytesGenerator.BlockPool> slots;

    public Argon2PasswordHasher(Parameters parameters) {
        this(parameters, SLOTS);
    }

    /** With {@code concurrency} slots: at most that many hashes at once. */
    public Argon2PasswordHasher(Parameters parameters, int concurrency) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1");
        }
        this.parameters = parameters;
        this.slots = new ArrayBlockingQueue<>(concurrency, true);
        for (int i = 0; i < concurrency; i++) {
            // Keeps the blocks of one hash at this hasher's cost; a stored hash of a higher cost borrows the rest.
            slots.add(new Argon2BytesGenerator.FixedBlockPool(parameters.memoryKiB() + 16));
        }
    }

    @Override
    public String hash(String password) {
        var salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return encode(parameters, salt, compute(password, salt, parameters, HASH_BYTES));
    }

    private static String encode(Parameters parameters, byte[] salt, byte[] hash) {
        return "$argon2id$v=19$m=" + parameters.memoryKiB() + ",t=" + parameters.iterations()
                + ",p=" + parameters.parallelism() + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    @Override
    public String decoyHash() {
        var salt = new byte[SALT_BYTES];
        var digest = new byte[HASH_BYTES];
        random.nextBytes(salt);
        random.nextBytes(digest);
        return encode(parameters, salt, digest);
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
        Argon2BytesGenerator.BlockPool slot;
        try {
            slot = slots.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to compute a password hash", e);
        }
        try {
            return compute(password, salt, parameters, length, slot);
        } finally {
            slots.add(slot);
        }
    }

    private static byte[] compute(String password, byte[] salt, Parameters parameters, int length,
                                  Argon2BytesGenerator.BlockPool blocks) {
        var generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withBlockPool(blocks)
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
