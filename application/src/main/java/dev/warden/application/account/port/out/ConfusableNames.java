package dev.warden.application.account.port.out;

/**
 * Tells names that could pass for others (Unicode TS #39): {@code rооt} with Cyrillic о beside {@code root}.
 */
public interface ConfusableNames {

    /** Whether the name mixes scripts as no single writing system does (Latin with Cyrillic), or hides characters. */
    boolean suspicious(String name);

    /** The name's skeleton: two names with one skeleton look alike ({@code раураl} and {@code paypal}). */
    String skeleton(String name);
}
