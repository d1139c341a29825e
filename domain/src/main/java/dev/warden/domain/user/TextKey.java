package dev.warden.domain.user;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The comparison key of a name: NFKC, then case folding, then NFKC again (the shape of Unicode's
 * NFKC_Casefold). Upper- then lower-casing folds more than lower-casing alone ("Straße" and "STRASSE").
 */
final class TextKey {
    private TextKey() {}

    static String nfkc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    static String of(String text) {
        var folded = nfkc(text).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return nfkc(folded);
    }
}
