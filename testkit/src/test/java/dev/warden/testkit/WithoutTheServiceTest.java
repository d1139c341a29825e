package dev.warden.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * This module's classpath holds no Warden (the service depends on nothing here, and the kit not on the service): the
 * extension says so instead of starting an empty application. The kit against a real Warden is tested in bootstrap
 * ({@code TestKitHttpTest}) and by the README's example ({@code tools/testkit-example-check}).
 */
class WithoutTheServiceTest {
    private static final String LAUNCHED = "dev.warden.testkit.launched-by-test";

    @Test
    void withoutTheServiceOnTheClasspathTheExtensionNamesTheMissingDependency() {
        var listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(NeedsWarden.class))
                .configurationParameter(LAUNCHED, "true")
                .build(), listener);

        assertThat(listener.getSummary().getFailures()).singleElement()
                .satisfies(failure -> assertThat(failure.getException())
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("add dev.warden:bootstrap as a test dependency"));
        assertThat(listener.getSummary().getTestsSucceededCount()).isZero();
    }

    @Test
    void beforeItStartsTheExtensionHasNoServiceToOffer() {
        var warden = WardenExtension.inMemory();

        assertThatThrownBy(warden::baseUrl).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not running");
        assertThatThrownBy(warden::client).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void uniqueNamesKeepTheirPrefixAndDiffer() {
        assertThat(WardenClient.unique("ada")).matches("ada[0-9a-f]{8}").isNotEqualTo(WardenClient.unique("ada"));
    }

    /** A user's test class; run only by the launcher above (the condition keeps a plain test run from failing it). */
    @ExtendWith(OnlyWhenLaunchedHere.class)
    static class NeedsWarden {
        @RegisterExtension
        static final WardenExtension warden = WardenExtension.inMemory();

        @Test
        void isNeverReached() {
            assertThat(warden.baseUrl()).isNotNull();
        }
    }

    static final class OnlyWhenLaunchedHere implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getConfigurationParameter(LAUNCHED).isPresent()
                    ? ConditionEvaluationResult.enabled("launched by WithoutTheServiceTest")
                    : ConditionEvaluationResult.disabled("only WithoutTheServiceTest runs it");
        }
    }
}
