package dev.warden.domain.error;

import java.util.List;

/**
 * Why the value of a field is refused ({@link AuthError.InvalidInput}), as data: each surface words it in its own
 * dialect (the web adapter's catalogues). The value types of the domain state their own rules in their own words
 * ({@link Rule}: an address, a username, a password), which every surface repeats as they are; every other reason is
 * a case here, and no use case spells one.
 */
public sealed interface Reason {
    Reason BLANK = new Blank();
    Reason UNDELIVERABLE = new Undeliverable();
    Reason CONFUSABLE_NAME = new ConfusableName();
    Reason CURRENT_ADDRESS = new CurrentAddress();
    Reason SECOND_FACTOR_REQUIRED = new SecondFactorRequired();
    Reason UNCHANGEABLE = new Unchangeable();
    Reason UNKNOWN_FIELD = new UnknownField();
    Reason REMOVAL_NEEDS_CODE = new RemovalNeedsCode();

    /** Missing, empty, or nothing but spaces. */
    record Blank() implements Reason {}

    /** A text whose length (in characters) is not between {@code min} and {@code max}. */
    record Length(int min, int max) implements Reason {}

    /** A number below {@code min}. */
    record AtLeast(long min) implements Reason {}

    /** A number outside {@code min} to {@code max}. */
    record Between(long min, long max) implements Reason {}

    /** None of the values the field takes (as the client writes them). */
    record OneOf(List<String> values) implements Reason {
        public OneOf {
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("a field takes at least one value");
            }
        }
    }

    /** An address the mail server could deliver only changed (the mailer decides). */
    record Undeliverable() implements Reason {}

    /** A name that could pass for another (mixed scripts, hidden characters: UTS #39, decided by a port). */
    record ConfusableName() implements Reason {}

    /** The address the account already has. */
    record CurrentAddress() implements Reason {}

    /** The account has a second factor, so a change of it needs a code of one too. */
    record SecondFactorRequired() implements Reason {}

    /** Standard base64 (RFC 4648 §4) of a value that is not {@code minBytes} to {@code maxBytes} long, or not base64. */
    record Base64(int minBytes, int maxBytes) implements Reason {}

    /** A value of the wrong JSON type (the type it takes: {@code string}, {@code boolean}, {@code object}). */
    record Type(String expected) implements Reason {
        public Type {
            java.util.Objects.requireNonNull(expected, "expected");
        }
    }

    /** A field that this request cannot change: only the value it has is accepted. */
    record Unchangeable() implements Reason {}

    /** A field this request does not have. */
    record UnknownField() implements Reason {}

    /** The second factor cannot be removed this way: removing it takes a code of it. */
    record RemovalNeedsCode() implements Reason {}

    /** A rule of the domain's value types, in their own words. */
    record Rule(String words) implements Reason {
        public Rule {
            java.util.Objects.requireNonNull(words, "words");
        }
    }
}
