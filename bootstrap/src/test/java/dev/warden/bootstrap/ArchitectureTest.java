package dev.warden.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.warden.domain.error.AuthError;
import dev.warden.domain.error.Reason;

/**
 * The hexagon, checked on every build: the domain knows only the JDK, the application knows only the
 * domain, and no adapter knows another. Bootstrap alone sees everything, to wire it.
 */
@AnalyzeClasses(packages = "dev.warden",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.DoNotIncludeTestJars.class})
class ArchitectureTest {

    /**
     * The test harnesses of other modules (the test-jars, e.g. adapters-memory's {@code Warden}) build services as
     * bootstrap does; they are on this classpath as {@code *-tests.jar} in a full build, which
     * {@link ImportOption.DoNotIncludeTests} (test-classes folders) does not recognise.
     */
    static final class DoNotIncludeTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }

    @ArchTest
    static final ArchRule domainDependsOnlyOnTheJdk = classes()
            .that().resideInAPackage("dev.warden.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.warden.domain..")
            .because("the domain is pure Java: users, credentials, tokens and guard rules");

    @ArchTest
    static final ArchRule applicationDependsOnlyOnDomainAndJdk = classes()
            .that().resideInAPackage("dev.warden.application..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "dev.warden.domain..", "dev.warden.application..")
            .because("use cases define their ports and know no adapter and no framework");

    @ArchTest
    static final ArchRule applicationKnowsNoHttp = noClasses()
            .that().resideInAPackage("dev.warden.application..")
            .should().dependOnClassesThat().resideInAnyPackage("io.micronaut.http..", "dev.warden.adapter..");

    @ArchTest
    static final ArchRule applicationWordsNoError = noClasses()
            .that().resideInAPackage("dev.warden.application..")
            .should().dependOnClassesThat().belongToAnyOf(Reason.Rule.class, AuthError.Forbidden.class)
            .orShould().callMethod(AuthError.InvalidInput.class, "of", String.class, String.class)
            .because("a use case reports what is wrong as data (error variants, reasons, form problems): the words are "
                    + "the domain rules' own, or those of the web adapter's catalogue of each dialect");

    @ArchTest
    static final ArchRule inboundPortsDoNotKnowOutboundPorts = noClasses()
            .that().resideInAPackage("dev.warden.application..port.in..")
            .should().dependOnClassesThat().resideInAPackage("dev.warden.application..port.out..")
            .because("what a use case offers says nothing of what it needs (a value both share lives in the domain)");

    @ArchTest
    static final ArchRule outboundPortsDoNotKnowInboundPorts = noClasses()
            .that().resideInAPackage("dev.warden.application..port.out..")
            .should().dependOnClassesThat().resideInAPackage("dev.warden.application..port.in..");

    @ArchTest
    static final ArchRule adaptersDependOnPortsNeverOnServices = noClasses()
            .that().resideInAPackage("dev.warden.adapter..")
            .should().dependOnClassesThat().resideInAPackage("dev.warden.application..service..")
            .because("an adapter plugs into a port; which service answers it is bootstrap's choice");

    @ArchTest
    static final ArchRule onlyAssembliesKnowServices = noClasses()
            .that().resideOutsideOfPackage("dev.warden.application..service..")
            .and().haveSimpleNameNotEndingWith("Assembly")
            .should().dependOnClassesThat().resideInAPackage("dev.warden.application..service..")
            .because("a feature's services are built by its assembly and reached through their ports everywhere "
                    + "else; bootstrap only chooses adapters and calls the assemblies");

    @ArchTest
    static final ArchRule onlyAssembliesBuildServices = noClasses()
            .that().haveSimpleNameNotEndingWith("Assembly")
            .should().callConstructorWhere(new DescribedPredicate<JavaConstructorCall>(
                    "the constructor of another public class of a service package") {
                @Override
                public boolean test(JavaConstructorCall call) {
                    var target = call.getTargetOwner();
                    return target.getPackageName().matches("dev\\.warden\\.application\\.\\w+\\.service")
                            && target.getModifiers().contains(JavaModifier.PUBLIC)
                            && !topLevel(target).equals(topLevel(call.getOriginOwner()));
                }
            })
            .because("no class outside an assembly constructs a service, so that each is built in one place");

    private static JavaClass topLevel(JavaClass type) {
        var outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }

    @ArchTest
    static final ArchRule adaptersDoNotKnowEachOther = slices()
            .matching("dev.warden.adapter.(*)..")
            .should().notDependOnEachOther()
            .because("an adapter plugs into ports; a team can replace it without touching another");

    @ArchTest
    static final ArchRule nothingButBootstrapKnowsBootstrap = noClasses()
            .that().resideOutsideOfPackage("dev.warden.bootstrap..")
            .should().dependOnClassesThat().resideInAPackage("dev.warden.bootstrap..");

    @ArchTest
    static final ArchRule onlyTheWebAdapterDescribesTheHttpApi = noClasses()
            .that().resideOutsideOfPackage("dev.warden.adapter.web..")
            .should().dependOnClassesThat().resideInAPackage("io.swagger..")
            .because("the OpenAPI document describes the HTTP adapter; no use case or other adapter knows of it");
}
