package com.oneprice.demo;

import com.oneprice.catalog.branches.BranchCatalog;
import com.oneprice.catalog.branches.BranchEntity;
import com.oneprice.catalog.branches.BranchInput;
import com.oneprice.catalog.prices.PriceCatalog;
import com.oneprice.catalog.prices.PriceEntryInput;
import com.oneprice.catalog.promotions.DiscountType;
import com.oneprice.catalog.promotions.Promotion;
import com.oneprice.catalog.promotions.PromotionCatalog;
import com.oneprice.catalog.services.BundleMode;
import com.oneprice.catalog.services.BundlePricing;
import com.oneprice.catalog.services.Component;
import com.oneprice.catalog.services.ServiceCatalog;
import com.oneprice.catalog.services.ServiceInput;
import com.oneprice.catalog.services.ServiceKind;
import com.oneprice.platform.MoneyJson;
import com.oneprice.platform.PricingConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The clinic network of the story (DESIGN section 6), dated relative to the day it is loaded: three branches in two
 * time zones, ~30 services, a check-up bundle, a knee MRI that costs more at north, a promotion that ended yesterday,
 * one that starts next week, and a scheduled price rise. Loaded once, into an empty catalog, in one transaction.
 */
@ApplicationScoped
public class DemoCatalog {

    private static final Logger LOG = Logger.getLogger(DemoCatalog.class);
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Inject
    PricingConfig config;
    @Inject
    BranchCatalog branches;
    @Inject
    ServiceCatalog services;
    @Inject
    PriceCatalog prices;
    @Inject
    PromotionCatalog promotions;
    @Inject
    Clock clock;

    void onStart(@Observes @Priority(100) StartupEvent start) {
        if (config.demoData() && BranchEntity.count() == 0) {
            load(LocalDate.now(clock.withZone(MOSCOW)));
            LOG.info("loaded the demo clinic network (pricing.demo-data=false turns this off)");
        }
    }

    @Transactional
    void load(LocalDate today) {
        branch("central", "Central clinic", "Europe/Moscow");
        branch("north", "North clinic", "Europe/Moscow");
        branch("east", "East clinic (Yekaterinburg)", "Asia/Yekaterinburg");

        OffsetDateTime since = midnight(today.minusYears(1));
        simple("THERAPIST-CONSULT", "Therapist consultation", "consultations", "2000", since);
        simple("CARDIOLOGIST-CONSULT", "Cardiologist consultation", "consultations", "3000", since);
        simple("NEUROLOGIST-CONSULT", "Neurologist consultation", "consultations", "3200", since);
        simple("ENT-CONSULT", "ENT consultation", "consultations", "2500", since);
        simple("DERMATOLOGIST-CONSULT", "Dermatologist consultation", "consultations", "2700", since);
        simple("GYNECOLOGIST-CONSULT", "Gynecologist consultation", "consultations", "2900", since);
        simple("PEDIATRICIAN-CONSULT", "Pediatrician consultation", "consultations", "2300", since);
        simple("BLOOD-CBC", "Complete blood count", "lab", "600", since);
        simple("BLOOD-BIOCHEM", "Blood biochemistry panel", "lab", "1800", since);
        simple("BLOOD-GLUCOSE", "Blood glucose", "lab", "350", since);
        simple("LIPID-PANEL", "Lipid panel", "lab", "1200", since);
        simple("TSH", "Thyroid stimulating hormone", "lab", "700", since);
        simple("URINE-GENERAL", "Urinalysis", "lab", "450", since);
        simple("VITAMIN-D", "Vitamin D", "lab", "2100", since);
        simple("COVID-PCR", "COVID-19 PCR", "lab", "1500", since);
        simple("ECG", "Electrocardiogram", "diagnostics", "1100", since);
        simple("HOLTER", "Holter monitoring (24 h)", "diagnostics", "4500", since);
        simple("ECHO-CARDIO", "Echocardiography", "diagnostics", "3900", since);
        simple("SPIROMETRY", "Spirometry", "diagnostics", "1300", since);
        simple("ULTRASOUND-ABD", "Abdominal ultrasound", "imaging", "3000", since);
        simple("ULTRASOUND-THYROID", "Thyroid ultrasound", "imaging", "2200", since);
        simple("XRAY-CHEST", "Chest X-ray", "imaging", "1600", since);
        simple("MRI-KNEE", "MRI of the knee", "imaging", "4000", since);
        simple("MRI-BRAIN", "MRI of the brain", "imaging", "6500", since);
        simple("CT-CHEST", "CT of the chest", "imaging", "5500", since);
        simple("FLU-VACCINE", "Flu vaccination", "vaccination", "1400", since);
        simple("HEPB-VACCINE", "Hepatitis B vaccination", "vaccination", "1900", since);
        simple("DENTAL-CLEANING", "Professional dental cleaning", "dental", "5000", since);
        simple("DENTAL-XRAY", "Dental X-ray", "dental", "500", since);

        // Branch-specific prices: north is the expensive one for imaging; east has its own price list.
        price("MRI-KNEE", "north", "5000", since, null);
        price("MRI-KNEE", "east", "4200", since, null);
        price("MRI-BRAIN", "north", "7200", since, null);
        price("CT-CHEST", "north", "6000", since, null);
        price("ULTRASOUND-ABD", "east", "2800", since, null);
        price("THERAPIST-CONSULT", "east", "1800", since, null);
        price("DENTAL-CLEANING", "central", "5500", since, null);

        // The scheduled price rise: abdominal ultrasound goes up across the network in two weeks.
        price("ULTRASOUND-ABD", null, "3300", midnight(today.plusWeeks(2)), null);

        // The check-up bundle: blood test, ECG and a therapist consultation, 10 % less than separately.
        services.create(new ServiceInput("CHECKUP-BASIC", "Basic check-up", "checkups", ServiceKind.BUNDLE,
                new BundlePricing(BundleMode.SUM_MINUS_PERCENT, BigDecimal.TEN),
                List.of(new Component("BLOOD-CBC", 1), new Component("ECG", 1), new Component("THERAPIST-CONSULT", 1)),
                since));
        services.create(new ServiceInput("CARDIO-PACKAGE", "Heart package", "checkups", ServiceKind.BUNDLE,
                new BundlePricing(BundleMode.FIXED, null),
                List.of(new Component("CARDIOLOGIST-CONSULT", 1), new Component("ECG", 1),
                        new Component("ECHO-CARDIO", 1), new Component("LIPID-PANEL", 1)), since));
        price("CARDIO-PACKAGE", null, "8900", since, null);

        // The promotion that ended yesterday (until yesterday inclusive, local time in each branch) ...
        promotion("MRI-WEEK", "MRI week -10%", DiscountType.PERCENT, "10", null,
                today.minusDays(8).atStartOfDay(), today.atStartOfDay(),
                List.of(), List.of("MRI-KNEE", "MRI-BRAIN"), List.of(), List.of(), false);
        // ... the one that starts next week ...
        promotion("WINTER-CHECKUP", "Winter check-up -15%", DiscountType.PERCENT, "15", null,
                today.plusWeeks(1).atStartOfDay(), today.plusWeeks(5).atStartOfDay(),
                List.of(), List.of("CHECKUP-BASIC"), List.of(), List.of(), false);
        // ... and two running now that only some callers get: a kiosk-only flu offer and an east-only lab discount.
        promotion("KIOSK-FLU", "Flu shot at the kiosk", DiscountType.AMOUNT_OFF, "200", "RUB",
                today.minusMonths(1).atStartOfDay(), today.plusMonths(2).atStartOfDay(),
                List.of(), List.of("FLU-VACCINE"), List.of(), List.of("KIOSK"), false);
        promotion("EAST-LAB", "East clinic lab tests -20%", DiscountType.PERCENT, "20", null,
                today.minusMonths(1).atStartOfDay(), today.plusMonths(1).atStartOfDay(),
                List.of("east"), List.of(), List.of("lab"), List.of(), false);
    }

    private static OffsetDateTime midnight(LocalDate day) {
        return day.atStartOfDay(MOSCOW).toOffsetDateTime();
    }

    private void branch(String code, String name, String zone) {
        branches.create(new BranchInput(code, name, zone, "RUB", true));
    }

    private void simple(String code, String name, String category, String networkPrice, OffsetDateTime since) {
        services.create(new ServiceInput(code, name, category, ServiceKind.SIMPLE, null, null, null));
        price(code, null, networkPrice, since, null);
    }

    private void price(String service, String branch, String amount, OffsetDateTime from, OffsetDateTime to) {
        prices.schedule(new PriceEntryInput(service, branch, new MoneyJson(new BigDecimal(amount), "RUB"), from, to));
    }

    private void promotion(String code, String name, DiscountType type, String value, String currency,
                           LocalDateTime from, LocalDateTime to, List<String> branchCodes, List<String> serviceCodes,
                           List<String> categories, List<String> channels, boolean stackable) {
        promotions.create(new Promotion(code, name, new Promotion.Discount(type, new BigDecimal(value), currency),
                null, new Promotion.LocalWindow(from, to),
                new Promotion.Scope(branchCodes, serviceCodes, categories, channels), 0, stackable, null));
    }
}
