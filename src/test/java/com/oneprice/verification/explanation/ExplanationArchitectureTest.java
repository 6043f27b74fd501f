package com.oneprice.verification.explanation;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The explanation rules are domain logic, plain Java like the engine they ask: unit-testable and fast without
 * Quarkus, JPA or Jackson, and blind to the HTTP side of verification that uses them.
 */
class ExplanationArchitectureTest {

    static final String EXPLANATION = "com.oneprice.verification.explanation";

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(EXPLANATION);

    @Test
    void the_explanation_package_really_holds_the_rules() {
        assertTrue(CLASSES.size() > 10, "only " + CLASSES.size() + " classes imported from " + EXPLANATION);
        assertTrue(CLASSES.contain(Verifier.class));
        assertTrue(CLASSES.contain(OtherBranches.class));
    }

    @Test
    void the_rules_depend_only_on_the_jdk_the_engine_and_themselves() {
        classes().that().resideInAPackage(EXPLANATION)
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "com.oneprice.pricing.engine", EXPLANATION)
                .check(CLASSES);
    }
}
