package dev.warden.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What becomes of the departures from the OpenAPI document: each is appended as one line to
 * {@code target/openapi-violations.txt} (with the test that caused it; the file is this JVM's), so that one run lists
 * them all even though a test stops at its first failure; then the exchange fails its test with an
 * {@link AssertionError}, unless {@code -Dopenapi.conformance=report} asks for the survey only.
 */
final class ConformanceLog {
    static final Path FILE = Path.of("target", "openapi-violations.txt");
    private static final String MODE = "openapi.conformance";

    static {
        try {
            Files.deleteIfExists(FILE);   // the list is this run's
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ConformanceLog() {
    }

    static void record(Exchange exchange, List<ContractViolation> violations) {
        if (violations.isEmpty()) {
            return;
        }
        var test = test();
        append(violations.stream().map(violation -> violation + " [" + test + "]")
                .map(line -> line.replace('\n', ' ') + System.lineSeparator())
                .collect(Collectors.joining()));
        if (!"report".equals(System.getProperty(MODE))) {
            throw new AssertionError("The OpenAPI document does not describe " + exchange.method() + " "
                    + exchange.uri() + " -> " + exchange.status() + ":" + System.lineSeparator()
                    + violations.stream().map(ContractViolation::toString)
                            .collect(Collectors.joining(System.lineSeparator())));
        }
    }

    private static synchronized void append(String lines) {
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The test class and method on the stack (the outermost: the test, not its helpers), for the survey's lines. */
    private static String test() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(frame -> frame.getClassName().matches(".*Test(\\$.*)?"))
                .map(frame -> frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1) + "."
                        + frame.getMethodName())
                .reduce((inner, outer) -> outer)
                .orElse("?"));
    }
}
