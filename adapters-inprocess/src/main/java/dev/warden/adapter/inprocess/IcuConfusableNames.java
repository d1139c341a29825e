package dev.warden.adapter.inprocess;

import com.ibm.icu.text.SpoofChecker;
import dev.warden.application.account.port.out.ConfusableNames;

/**
 * ICU4J's {@link SpoofChecker} (Unicode TS #39). A name passes when it is written in one script, or in a mix that
 * one writing system uses (Latin with Han and Kana, with Hangul, with Bopomofo: "highly restrictive"), has no
 * invisible characters, no digits of different systems and no hidden overlays. The checker and its data are loaded
 * at first use, not at start.
 */
public final class IcuConfusableNames implements ConfusableNames {

    private static final class Checker {
        static final SpoofChecker INSTANCE = new SpoofChecker.Builder()
                .setRestrictionLevel(SpoofChecker.RestrictionLevel.HIGHLY_RESTRICTIVE)
                .setChecks(SpoofChecker.RESTRICTION_LEVEL | SpoofChecker.INVISIBLE | SpoofChecker.MIXED_NUMBERS
                        | SpoofChecker.HIDDEN_OVERLAY)
                .build();
    }

    @Override
    public boolean suspicious(String name) {
        return Checker.INSTANCE.failsChecks(name);
    }

    @Override
    public String skeleton(String name) {
        return Checker.INSTANCE.getSkeleton(name);
    }
}
