package no.muni.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * A test that cannot run here reports itself skipped with its reason, never as "Tests run: 0": the tests
 * that need ../shared are run through JUnit's launcher with ../shared pointed at an empty folder, and
 * every one of their tests must come back skipped, with a reason that says what is missing.
 */
class VisibleSkipsTest {

    @Test
    void testsNeedingSharedAreSkippedWithTheirReason(@TempDir Path empty) {
        String before = System.getProperty("muni.shared");
        System.setProperty("muni.shared", empty.toString());
        List<String> skipped = new ArrayList<>();
        List<String> ran = new ArrayList<>();
        try {
            Launcher launcher = LauncherFactory.create();
            launcher.execute(LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClass(TestDocumentsRobustnessTest.class)).build(), new TestExecutionListener() {
                @Override
                public void executionSkipped(TestIdentifier test, String reason) {
                    skipped.add(reason);
                }

                @Override
                public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                    if (test.isTest()) {
                        ran.add(test.getDisplayName() + " " + result);
                        result.getThrowable().ifPresent(t -> skipped.add(t.getMessage()));
                    }
                }
            });
        } finally {
            if (before == null) {
                System.clearProperty("muni.shared");
            } else {
                System.setProperty("muni.shared", before);
            }
        }
        assertEquals(1, ran.size(), ran.toString());
        assertTrue(ran.getFirst().contains("ABORTED"), "reported as skipped (aborted by an assumption): " + ran);
        assertTrue(skipped.stream().anyMatch(r -> r.contains("skipped: ") && r.contains("is absent")), skipped.toString());
    }
}
