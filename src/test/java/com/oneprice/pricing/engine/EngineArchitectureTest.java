package com.oneprice.pricing.engine;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine is plain Java: it must be unit-testable and fast without Quarkus, JPA or Jackson on the path. */
class EngineArchitectureTest {

    static final String ENGINE = "com.oneprice.pricing.engine";

    static final JavaClasses ENGINE_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ENGINE);

    @Test
    void the_engine_package_really_holds_the_engine() {
        // a rule over an empty or misspelt package passes while checking nothing
        assertTrue(ENGINE_CLASSES.size() > 10, "only " + ENGINE_CLASSES.size() + " classes imported from " + ENGINE);
        assertTrue(ENGINE_CLASSES.contain(PricingEngine.class));
        assertTrue(ENGINE_CLASSES.contain(WhatIf.class));
    }

    @Test
    void the_engine_depends_only_on_the_jdk_and_itself() {
        classes().that().resideInAPackage(ENGINE)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", ENGINE)
                .check(ENGINE_CLASSES);
    }
}
