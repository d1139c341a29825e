import dev.warden.adapter.inprocess.Argon2PasswordHasher;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The physical limit of a password login: Argon2id verifications per second at the service's parameters,
 * on as many threads as asked, in process. Run with the service's jar on the class path:
 * {@code java -cp bootstrap/target/warden.jar bench/HashRate.java <threads> <seconds>}.
 */
public class HashRate {
    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(args[0]);
        long seconds = Long.parseLong(args[1]);
        var hasher = new Argon2PasswordHasher(Argon2PasswordHasher.Parameters.OWASP);
        var hash = hasher.hash("Bench-Passw0rd-Hash");
        for (int i = 0; i < 20; i++) {
            hasher.verify("Bench-Passw0rd-Hash", hash); // warm-up
        }
        var done = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        var workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            workers[t] = Thread.ofPlatform().start(() -> {
                while (System.nanoTime() < end) {
                    if (!hasher.verify("Bench-Passw0rd-Hash", hash)) {
                        throw new IllegalStateException("verification failed");
                    }
                    done.incrementAndGet();
                }
            });
        }
        for (var worker : workers) {
            worker.join();
        }
        System.out.printf("%.1f%n", done.get() / (double) seconds);
    }
}
