package com.oneprice.platform.boot;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Business time has one source, the injectable {@link BusinessClock}: no class reads the system clock itself. */
class OneClockTest {

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.oneprice");

    @Test
    void the_rule_reads_the_whole_service() {
        assertTrue(MAIN.contain(BusinessClock.class) && MAIN.size() > 100, "imported " + MAIN.size() + " classes");
    }

    @Test
    void nothing_but_the_business_clock_asks_the_system_for_now() {
        noClasses().that().doNotHaveFullyQualifiedName(BusinessClock.class.getName())
                .should().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .because("\"now\" comes from the injected java.time.Clock, so one clock moves the whole service")
                .check(MAIN);
    }
}
