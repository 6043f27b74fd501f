package com.oneprice;

import com.oneprice.catalog.CatalogEntity;
import com.oneprice.catalog.branches.BranchEntity;
import com.oneprice.catalog.branches.BranchResource;
import com.oneprice.quotes.QuoteEntity;
import com.oneprice.quotes.QuoteResource;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The boundaries between the features (the packages right under {@code com.oneprice}) and the platform beneath them.
 * A feature asks another feature's services, never its entities, so a table's mapping can change inside its feature;
 * the platform (and {@code words}, the texts for people, which the platform's problem answers use) serves every
 * feature and knows none of them (the engine, {@code pricing.engine}, is plain Java that every layer may use: the
 * platform takes its code patterns from it); resources answer API records, never entities.
 */
class FeatureBoundariesTest {

    static final String ROOT = "com.oneprice";
    static final String ENGINE = ROOT + ".pricing.engine";
    static final List<String> SHARED = List.of("platform", "words");
    static final List<String> FEATURES = List.of("audit", "catalog", "demo", "pricing", "quotes", "reports",
            "verification");
    static final String PLATFORM = ROOT + ".platform";
    /** The platform by purpose; {@code api} is the wire vocabulary that features import. */
    static final List<String> PLATFORM_PARTS = List.of("api", "boot", "http", "problems", "security", "spool");

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void the_rules_below_see_the_packages_and_classes_they_name() {
        // a rule over an empty or misspelt package passes while checking nothing
        for (String feature : FEATURES) {
            assertTrue(MAIN.containPackage(ROOT + "." + feature), "no package " + ROOT + "." + feature);
        }
        for (String shared : SHARED) {
            assertTrue(MAIN.containPackage(ROOT + "." + shared), "no package " + ROOT + "." + shared);
        }
        assertTrue(MAIN.containPackage(ENGINE));
        assertTrue(MAIN.contain(BranchEntity.class) && MAIN.contain(QuoteEntity.class)
                && MAIN.contain(CatalogEntity.class));
        assertTrue(isEntity(MAIN.get(BranchEntity.class)) && isEntity(MAIN.get(CatalogEntity.class)));
        assertTrue(MAIN.contain(BranchResource.class) && MAIN.contain(QuoteResource.class));
        assertEquals(Set.copyOf(FEATURES), Set.copyOf(MAIN.stream().map(FeatureBoundariesTest::topPackage)
                .filter(p -> !SHARED.contains(p) && !p.isEmpty()).toList()),
                "a new feature package: add it to FEATURES");
    }

    @Test
    void a_feature_reads_no_other_features_entities() {
        classes().that().resideInAnyPackage(FEATURES.stream().map(f -> ROOT + "." + f + "..").toArray(String[]::new))
                .should(new ArchCondition<>("read no other feature's entities") {
                    @Override
                    public void check(JavaClass reader, ConditionEvents events) {
                        for (Dependency dependency : reader.getDirectDependenciesFromSelf()) {
                            JavaClass target = dependency.getTargetClass();
                            if (isEntity(target) && !topPackage(target).equals(topPackage(reader))) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                })
                .check(MAIN);
    }

    @Test
    void the_platform_imports_no_feature() {
        noClasses().that().resideInAnyPackage(SHARED.stream().map(s -> ROOT + "." + s + "..").toArray(String[]::new))
                .should().dependOnClassesThat(new DescribedPredicate<>("are of a feature") {
                    @Override
                    public boolean test(JavaClass target) {
                        return FEATURES.contains(topPackage(target)) && !target.getPackageName().startsWith(ENGINE);
                    }
                })
                .check(MAIN);
    }

    @Test
    void the_platform_is_split_by_purpose_and_its_parts_import_each_other_without_cycles() {
        for (String part : PLATFORM_PARTS) {
            assertTrue(MAIN.containPackage(PLATFORM + "." + part), "no package " + PLATFORM + "." + part);
        }
        assertEquals(Set.copyOf(PLATFORM_PARTS), MAIN.stream().map(JavaClass::getPackageName)
                .filter(p -> p.startsWith(PLATFORM)).map(FeatureBoundariesTest::platformPart)
                .collect(Collectors.toSet()), "a class right in platform, or a new part: add it to PLATFORM_PARTS");
        slices().matching(PLATFORM + ".(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void the_wire_vocabulary_needs_of_the_platform_only_its_problem_answers() {
        noClasses().that().resideInAPackage(PLATFORM + ".api..")
                .should().dependOnClassesThat().resideInAnyPackage(PLATFORM_PARTS.stream()
                        .filter(part -> !part.equals("api") && !part.equals("problems"))
                        .map(part -> PLATFORM + "." + part + "..").toArray(String[]::new))
                .check(MAIN);
    }

    @Test
    void resources_never_return_entities() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Path.class).and().arePublic()
                .should(new ArchCondition<>("not return an entity, alone or inside another type") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        method.getReturnType().getAllInvolvedRawTypes().stream().filter(FeatureBoundariesTest::isEntity)
                                .forEach(entity -> events.add(SimpleConditionEvent.violated(method,
                                        method.getFullName() + " returns " + entity.getName())));
                    }
                })
                .check(MAIN);
    }

    static boolean isEntity(JavaClass type) {
        return type.isAnnotatedWith(Entity.class) || type.isAnnotatedWith(MappedSuperclass.class);
    }

    /** The part of the platform a package is in ("http" for com.oneprice.platform.http), "" right in platform. */
    static String platformPart(String packageName) {
        String rest = packageName.substring(PLATFORM.length());
        return rest.isEmpty() ? "" : rest.substring(1).split("\\.")[0];
    }

    /** The package right under com.oneprice a class is in ("catalog" for com.oneprice.catalog.branches.Branch). */
    static String topPackage(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT + ".")) {
            return "";
        }
        String rest = name.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
