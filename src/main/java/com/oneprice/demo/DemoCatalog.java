package com.oneprice.demo;

import com.oneprice.catalog.branches.BranchCatalog;
import com.oneprice.catalog.branches.BranchInput;
import com.oneprice.catalog.prices.PriceCatalog;
import com.oneprice.catalog.prices.PriceEntryInput;
import com.oneprice.catalog.promotions.Promotion;
import com.oneprice.catalog.promotions.PromotionCatalog;
import com.oneprice.catalog.services.BundlePricing;
import com.oneprice.catalog.services.Component;
import com.oneprice.catalog.services.ServiceCatalog;
import com.oneprice.catalog.services.ServiceInput;
import com.oneprice.platform.MoneyJson;
import com.oneprice.platform.PricingConfig;
import com.oneprice.pricing.engine.BundleMode;
import com.oneprice.pricing.engine.DiscountType;
import com.oneprice.pricing.engine.ServiceKind;
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
 * time zones, ~30 services named in Russian with aliases in Russian and English (codes stay ASCII), a check-up
 * bundle, a knee MRI that costs more at north, a promotion that ended yesterday, one that starts next week, scheduled
 * price rises, and a month of changes to the knee MRI at north. Loaded once, into an empty catalog, in one
 * transaction.
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
        if (config.demoData() && branches.isEmpty()) {
            load(LocalDate.now(clock.withZone(MOSCOW)));
            LOG.info("loaded the demo clinic network (pricing.demo-data=false turns this off)");
        }
    }

    @Transactional
    void load(LocalDate today) {
        branch("central", "Центральная клиника", "Europe/Moscow");
        branch("north", "Северная клиника", "Europe/Moscow");
        branch("east", "Восточная клиника (Екатеринбург)", "Asia/Yekaterinburg");

        // Names as the call centre says them; aliases as customers do, in Russian and English.
        OffsetDateTime since = midnight(today.minusYears(1));
        simple("THERAPIST-CONSULT", "Консультация терапевта", "consultations", "2000", since,
                "приём терапевта", "терапевт", "therapist consultation", "GP visit");
        simple("CARDIOLOGIST-CONSULT", "Консультация кардиолога", "consultations", "3000", since,
                "приём кардиолога", "кардиолог", "cardiologist consultation");
        simple("NEUROLOGIST-CONSULT", "Консультация невролога", "consultations", "3200", since,
                "приём невролога", "невропатолог", "neurologist consultation");
        simple("ENT-CONSULT", "Консультация оториноларинголога", "consultations", "2500", since,
                "приём ЛОРа", "лор", "ENT consultation");
        simple("DERMATOLOGIST-CONSULT", "Консультация дерматолога", "consultations", "2700", since,
                "приём дерматолога", "dermatologist consultation");
        simple("GYNECOLOGIST-CONSULT", "Консультация гинеколога", "consultations", "2900", since,
                "приём гинеколога", "gynecologist consultation");
        simple("PEDIATRICIAN-CONSULT", "Консультация педиатра", "consultations", "2300", since,
                "приём педиатра", "детский врач", "pediatrician consultation");
        simple("BLOOD-CBC", "Общий анализ крови", "lab", "600", since,
                "ОАК", "клинический анализ крови", "complete blood count", "CBC");
        simple("BLOOD-BIOCHEM", "Биохимический анализ крови", "lab", "1800", since,
                "биохимия крови", "blood biochemistry panel");
        simple("BLOOD-GLUCOSE", "Глюкоза крови", "lab", "350", since,
                "сахар крови", "анализ на сахар", "blood glucose", "blood sugar");
        simple("LIPID-PANEL", "Липидный профиль", "lab", "1200", since,
                "липидограмма", "холестерин", "lipid panel", "cholesterol test");
        simple("TSH", "Тиреотропный гормон (ТТГ)", "lab", "700", since,
                "ТТГ", "гормоны щитовидной железы", "thyroid stimulating hormone");
        simple("URINE-GENERAL", "Общий анализ мочи", "lab", "450", since,
                "ОАМ", "анализ мочи", "urinalysis", "urine test");
        simple("VITAMIN-D", "Витамин D", "lab", "2100", since,
                "витамин Д", "25-OH витамин D", "vitamin D test");
        simple("COVID-PCR", "ПЦР-тест на COVID-19", "lab", "1500", since,
                "тест на ковид", "мазок на коронавирус", "COVID-19 PCR", "covid test");
        simple("ECG", "Электрокардиограмма", "diagnostics", "1100", since,
                "ЭКГ", "кардиограмма", "electrocardiogram", "EKG");
        simple("HOLTER", "Холтеровское мониторирование (24 ч)", "diagnostics", "4500", since,
                "холтер", "суточный мониторинг ЭКГ", "Holter monitoring");
        simple("ECHO-CARDIO", "Эхокардиография", "diagnostics", "3900", since,
                "ЭхоКГ", "УЗИ сердца", "echocardiography", "heart ultrasound");
        simple("SPIROMETRY", "Спирометрия", "diagnostics", "1300", since,
                "функция внешнего дыхания", "ФВД", "spirometry");
        simple("ULTRASOUND-ABD", "УЗИ брюшной полости", "imaging", "3000", since,
                "УЗИ живота", "abdominal ultrasound");
        simple("ULTRASOUND-THYROID", "УЗИ щитовидной железы", "imaging", "2200", since,
                "УЗИ щитовидки", "thyroid ultrasound");
        simple("XRAY-CHEST", "Рентген грудной клетки", "imaging", "1600", since,
                "флюорография", "рентген лёгких", "chest X-ray");
        simple("MRI-KNEE", "МРТ коленного сустава", "imaging", "4000", since,
                "МРТ колена", "knee MRI", "MRI of the knee");
        simple("MRI-BRAIN", "МРТ головного мозга", "imaging", "6500", since,
                "МРТ головы", "brain MRI", "MRI of the brain");
        simple("CT-CHEST", "КТ органов грудной клетки", "imaging", "5500", since,
                "КТ лёгких", "chest CT", "CT of the chest");
        simple("FLU-VACCINE", "Прививка от гриппа", "vaccination", "1400", since,
                "вакцинация от гриппа", "flu shot", "flu vaccination");
        simple("HEPB-VACCINE", "Прививка от гепатита B", "vaccination", "1900", since,
                "вакцина от гепатита Б", "hepatitis B vaccination");
        simple("DENTAL-CLEANING", "Профессиональная чистка зубов", "dental", "5000", since,
                "чистка зубов", "гигиена полости рта", "dental cleaning");
        simple("DENTAL-XRAY", "Прицельный снимок зуба", "dental", "500", since,
                "рентген зуба", "dental X-ray");

        // Branch-specific prices: north is the expensive one for imaging; east has its own price list.
        price("MRI-KNEE", "north", "5000", since, null);
        price("MRI-KNEE", "east", "4200", since, null);
        price("MRI-BRAIN", "north", "7200", since, null);
        price("CT-CHEST", "north", "6000", since, null);
        price("ULTRASOUND-ABD", "east", "2800", since, null);
        price("THERAPIST-CONSULT", "east", "1800", since, null);
        price("DENTAL-CLEANING", "central", "5500", since, null);

        // The scheduled price rises: abdominal ultrasound across the network in two weeks, the knee MRI at north in
        // three.
        price("ULTRASOUND-ABD", null, "3300", midnight(today.plusWeeks(2)), null);
        price("MRI-KNEE", "north", "5400", midnight(today.plusWeeks(3)), null);

        // The check-up bundle: blood test, ECG and a therapist consultation, 10 % less than separately.
        services.create(new ServiceInput("CHECKUP-BASIC", "Базовый чекап",
                List.of("чекап", "базовое обследование", "basic check-up"), "checkups", ServiceKind.BUNDLE,
                new BundlePricing(BundleMode.SUM_MINUS_PERCENT, BigDecimal.TEN),
                List.of(new Component("BLOOD-CBC", 1), new Component("ECG", 1), new Component("THERAPIST-CONSULT", 1)),
                since));
        services.create(new ServiceInput("CARDIO-PACKAGE", "Кардиологический пакет",
                List.of("проверка сердца", "heart package", "cardio check-up"), "checkups", ServiceKind.BUNDLE,
                new BundlePricing(BundleMode.FIXED, null),
                List.of(new Component("CARDIOLOGIST-CONSULT", 1), new Component("ECG", 1),
                        new Component("ECHO-CARDIO", 1), new Component("LIPID-PANEL", 1)), since));
        price("CARDIO-PACKAGE", null, "8900", since, null);

        // The promotion that ended yesterday (until yesterday inclusive, local time in each branch) ...
        promotion("MRI-WEEK", "Неделя МРТ −10%", DiscountType.PERCENT, "10", null,
                today.minusDays(8).atStartOfDay(), today.atStartOfDay(),
                List.of(), List.of("MRI-KNEE", "MRI-BRAIN"), List.of(), List.of(), false);
        // ... the one that starts next week ...
        promotion("WINTER-CHECKUP", "Зимний чекап −15%", DiscountType.PERCENT, "15", null,
                today.plusWeeks(1).atStartOfDay(), today.plusWeeks(5).atStartOfDay(),
                List.of(), List.of("CHECKUP-BASIC"), List.of(), List.of(), false);
        // ... two running now that only some callers get: a kiosk-only flu offer and an east-only lab discount ...
        promotion("KIOSK-FLU", "Прививка от гриппа в киоске −200 ₽", DiscountType.AMOUNT_OFF, "200", "RUB",
                today.minusMonths(1).atStartOfDay(), today.plusMonths(2).atStartOfDay(),
                List.of(), List.of("FLU-VACCINE"), List.of(), List.of("KIOSK"), false);
        promotion("EAST-LAB", "Анализы в Восточной клинике −20%", DiscountType.PERCENT, "20", null,
                today.minusMonths(1).atStartOfDay(), today.plusMonths(1).atStartOfDay(),
                List.of("east"), List.of(), List.of("lab"), List.of(), false);
        // ... and the knee MRI's month at north, which a timeline shows: cheaper for a week from day 10, dearer from
        // day 21 (the rise above), and 500 roubles off everywhere from day 24 to day 27 inclusive.
        promotion("NORTH-MRI-DAYS", "Дни МРТ в Северной клинике −15%", DiscountType.PERCENT, "15", null,
                today.plusDays(10).atStartOfDay(), today.plusDays(17).atStartOfDay(),
                List.of("north"), List.of("MRI-KNEE", "MRI-BRAIN"), List.of(), List.of(), false);
        promotion("KNEE-CARE", "Здоровые колени: МРТ колена −500 ₽", DiscountType.AMOUNT_OFF, "500", "RUB",
                today.plusDays(24).atStartOfDay(), today.plusDays(28).atStartOfDay(),
                List.of(), List.of("MRI-KNEE"), List.of(), List.of(), false);
    }

    private static OffsetDateTime midnight(LocalDate day) {
        return day.atStartOfDay(MOSCOW).toOffsetDateTime();
    }

    private void branch(String code, String name, String zone) {
        branches.create(new BranchInput(code, name, zone, "RUB", true));
    }

    private void simple(String code, String name, String category, String networkPrice, OffsetDateTime since,
                        String... aliases) {
        services.create(new ServiceInput(code, name, List.of(aliases), category, ServiceKind.SIMPLE, null, null, null));
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
