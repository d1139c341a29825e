package dev.warden.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's architecture table is written from the code: every feature of the application, every use case
 * (inbound port) and every outbound port appears in it, so that a new one cannot land undocumented.
 */
class ReadmeArchitectureTest {
    private static final Pattern FEATURE = Pattern.compile("dev\\.warden\\.application\\.(\\w+)(\\..*)?");

    @Test
    void theArchitectureSectionNamesEveryFeatureAndPort() throws IOException {
        var readme = Files.readString(Path.of("..", "README.md"));
        int start = readme.indexOf("## How it is built");
        assertThat(start).as("README section 'How it is built'").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        var section = end < 0 ? readme.substring(start) : readme.substring(start, end);

        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(new ArchitectureTest.DoNotIncludeTestJars())
                .importPackages("dev.warden.application");
        Set<String> features = new TreeSet<>();
        Set<String> ports = new TreeSet<>();
        for (JavaClass type : classes) {
            var matcher = FEATURE.matcher(type.getPackageName());
            if (matcher.matches()) {
                features.add(matcher.group(1));
            }
            if (!type.isInterface() || !type.isTopLevelClass()) {
                continue;
            }
            boolean useCase = type.getPackageName().endsWith(".port.in") && type.getSimpleName().endsWith("UseCase");
            boolean outbound = type.getPackageName().endsWith(".port.out");
            if (useCase || outbound) {
                ports.add(type.getSimpleName());
            }
        }
        assertThat(features).as("features found").contains("token", "login", "session");
        assertThat(ports).as("ports found").contains("LoginUseCase", "SessionStore");
        assertThat(features.stream().filter(feature -> !section.contains("`" + feature + "`")))
                .as("features missing from the README's architecture section").isEmpty();
        assertThat(ports.stream().filter(port -> !section.contains("`" + port + "`")))
                .as("ports missing from the README's architecture section").isEmpty();
    }
}
