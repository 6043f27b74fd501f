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
import com.oneprice.platform.api.MoneyJson;
import com.oneprice.platform.boot.PricingConfig;
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
import java.util.Arrays;
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

    /**
     * The simple services, one a row: code | name | category | network-wide price in roubles | aliases, separated by
     * ";". Names as the call centre says them; aliases as customers do, in Russian and English.
     */
    private static final String SIMPLE_SERVICES = """
            THERAPIST-CONSULT | Консультация терапевта | consultations | 2000 | приём терапевта; терапевт; therapist consultation; GP visit
            CARDIOLOGIST-CONSULT | Консультация кардиолога | consultations | 3000 | приём кардиолога; кардиолог; cardiologist consultation
            NEUROLOGIST-CONSULT | Консультация невролога | consultations | 3200 | приём невролога; невропатолог; neurologist consultation
            ENT-CONSULT | Консультация оториноларинголога | consultations | 2500 | приём ЛОРа; лор; ENT consultation
            DERMATOLOGIST-CONSULT | Консультация дерматолога | consultations | 2700 | приём дерматолога; dermatologist consultation
            GYNECOLOGIST-CONSULT | Консультация гинеколога | consultations | 2900 | приём гинеколога; gynecologist consultation
            PEDIATRICIAN-CONSULT | Консультация педиатра | consultations | 2300 | приём педиатра; детский врач; pediatrician consultation
            BLOOD-CBC | Общий анализ крови | lab | 600 | ОАК; клинический анализ крови; complete blood count; CBC
            BLOOD-BIOCHEM | Биохимический анализ крови | lab | 1800 | биохимия крови; blood biochemistry panel
            BLOOD-GLUCOSE | Глюкоза крови | lab | 350 | сахар крови; анализ на сахар; blood glucose; blood sugar
            LIPID-PANEL | Липидный профиль | lab | 1200 | липидограмма; холестерин; lipid panel; cholesterol test
            TSH | Тиреотропный гормон (ТТГ) | lab | 700 | ТТГ; гормоны щитовидной железы; thyroid stimulating hormone
            URINE-GENERAL | Общий анализ мочи | lab | 450 | ОАМ; анализ мочи; urinalysis; urine test
            VITAMIN-D | Витамин D | lab | 2100 | витамин Д; 25-OH витамин D; vitamin D test
            COVID-PCR | ПЦР-тест на COVID-19 | lab | 1500 | тест на ковид; мазок на коронавирус; COVID-19 PCR; covid test
            ECG | Электрокардиограмма | diagnostics | 1100 | ЭКГ; кардиограмма; electrocardiogram; EKG
            HOLTER | Холтеровское мониторирование (24 ч) | diagnostics | 4500 | холтер; суточный мониторинг ЭКГ; Holter monitoring
            ECHO-CARDIO | Эхокардиография | diagnostics | 3900 | ЭхоКГ; УЗИ сердца; echocardiography; heart ultrasound
            SPIROMETRY | Спирометрия | diagnostics | 1300 | функция внешнего дыхания; ФВД; spirometry
            ULTRASOUND-ABD | УЗИ брюшной полости | imaging | 3000 | УЗИ живота; abdominal ultrasound
            ULTRASOUND-THYROID | УЗИ щитовидной железы | imaging | 2200 | УЗИ щитовидки; thyroid ultrasound
            XRAY-CHEST | Рентген грудной клетки | imaging | 1600 | флюорография; рентген лёгких; chest X-ray
            MRI-KNEE | МРТ коленного сустава | imaging | 4000 | МРТ колена; knee MRI; MRI of the knee
            MRI-BRAIN | МРТ головного мозга | imaging | 6500 | МРТ головы; brain MRI; MRI of the brain
            CT-CHEST | КТ органов грудной клетки | imaging | 5500 | КТ лёгких; chest CT; CT of the chest
            FLU-VACCINE | Прививка от гриппа | vaccination | 1400 | вакцинация от гриппа; flu shot; flu vaccination
            HEPB-VACCINE | Прививка от гепатита B | vaccination | 1900 | вакцина от гепатита Б; hepatitis B vaccination
            DENTAL-CLEANING | Профессиональная чистка зубов | dental | 5000 | чистка зубов; гигиена полости рта; dental cleaning
            DENTAL-XRAY | Прицельный снимок зуба | dental | 500 | рентген зуба; dental X-ray
            """;

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

        OffsetDateTime since = midnight(today.minusYears(1));
        simpleServices(since);

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

    /** Each of {@link #SIMPLE_SERVICES}, with its network-wide price from {@code since}. */
    private void simpleServices(OffsetDateTime since) {
        SIMPLE_SERVICES.lines().map(row -> cells(row, "\\|")).forEach(cells -> {
            services.create(new ServiceInput(cells.get(0), cells.get(1), cells(cells.get(4), ";"), cells.get(2),
                    ServiceKind.SIMPLE, null, null, null));
            price(cells.get(0), null, cells.get(3), since, null);
        });
    }

    private static List<String> cells(String row, String separator) {
        return Arrays.stream(row.split(separator)).map(String::strip).toList();
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
