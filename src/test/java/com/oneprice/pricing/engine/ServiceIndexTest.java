package com.oneprice.pricing.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Finding a service the way a customer names it (issue 15): names, aliases, codes, typos, the keyboard slip. */
class ServiceIndexTest {

    static Service service(String code, String name, String... aliases) {
        return new Service(new ServiceCode(code), name, "imaging", ServiceKind.SIMPLE, List.of(), null,
                List.of(aliases));
    }

    static final ServiceIndex CLINIC = ServiceIndex.of(List.of(
            service("MRI-KNEE", "МРТ коленного сустава", "МРТ колена", "knee MRI", "MRI of the knee"),
            service("MRI-KNEE-CONTRAST", "МРТ колена с контрастом", "knee MRI with contrast"),
            service("MRI-BRAIN", "МРТ головного мозга", "МРТ головы", "brain MRI"),
            service("XRAY-KNEE", "Рентген коленного сустава", "рентген колена", "knee X-ray"),
            service("XRAY-CHEST", "Рентген грудной клетки", "рентген лёгких", "chest X-ray"),
            service("BLOOD-CBC", "Общий анализ крови", "ОАК", "complete blood count"),
            service("TSH", "Тиреотропный гормон (ТТГ)", "ТТГ", "thyroid stimulating hormone"),
            service("ULTRASOUND-ABD", "УЗИ брюшной полости", "УЗИ живота", "abdominal ultrasound")));

    static List<String> find(String query) {
        return CLINIC.find(query).stream().map(s -> s.code().value()).toList();
    }

    static String first(String query) {
        List<String> found = find(query);
        assertTrue(!found.isEmpty(), "nothing found for '" + query + "'");
        return found.get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"мрт колена", "МРТ колена", "мрт калена", "vhn rjktyf", "knee mri", "Knee MRI",
        "мрт коленного сустава", "MRI-KNEE", "mri knee", "лтуу ькш", "мрт колено", "мрт колен"})
    void the_knee_mri_comes_first_however_the_customer_names_it(String query) {
        assertEquals("MRI-KNEE", first(query), query);
    }

    /** One row a case: the rule it shows, what the customer types, the service found first. */
    @ParameterizedTest(name = "{0}: \"{1}\" finds {2} first")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            two wrong letters in a long word still find the service            | мрт галавного мозга     | MRI-BRAIN
            two wrong letters in a long word still find the service            | рентгин грудной         | XRAY-CHEST
            a short word must be spelt right or be the start of one            | уз                      | ULTRASOUND-ABD
            the name the query covers most tightly comes before a longer one   | мрт колена с контрастом | MRI-KNEE-CONTRAST
            a code typed exactly finds its service first                       | tsh                     | TSH
            a code typed exactly finds its service first                       | mri-knee-contrast       | MRI-KNEE-CONTRAST
            yo and ye are the same letter                                      | рентген легких          | XRAY-CHEST
            yo and ye are the same letter                                      | РЕНТГЕН ЛЁГКИХ          | XRAY-CHEST
            an abbreviation typed on the Latin layout is read as Cyrillic: ОАК | jfr                     | BLOOD-CBC
            an abbreviation typed on the Latin layout is read as Cyrillic: ТТГ | nnu                     | TSH
            """)
    void the_service_the_customer_means_comes_first(String rule, String query, String service) {
        assertEquals(service, first(query), rule);
    }

    /** One row a case: the rule it shows and what the customer types. */
    @ParameterizedTest(name = "{0}: \"{1}\" finds nothing")
    @CsvSource(delimiter = '|', textBlock = """
            a short word must be spelt right or be the start of one | мрв
            nothing is found for words no service has               | абракадабра
            nothing is found for no words at all                    | '  ,;  '
            nothing is found for no words at all                    | ''
            """)
    void nothing_is_found_for_what_no_service_is_called(String rule, String query) {
        assertEquals(List.of(), find(query), rule);
    }

    @Test
    void the_name_the_query_covers_most_tightly_comes_before_a_longer_one() {
        assertEquals(List.of("MRI-KNEE", "MRI-KNEE-CONTRAST"), find("мрт колена").subList(0, 2));
    }

    @Test
    void services_matching_more_of_the_words_come_first_and_those_matching_under_half_are_left_out() {
        List<String> found = find("рентген колена");
        assertEquals("XRAY-KNEE", found.get(0));
        assertTrue(found.contains("MRI-KNEE"), "a knee MRI matches one word of two: " + found);
        assertTrue(!found.contains("MRI-BRAIN"), found.toString());
        assertEquals(List.of("XRAY-KNEE"), find("рентген колена головы черепа"));
    }

    @Test
    void archived_services_are_found_too_so_that_the_caller_decides() {
        ServiceIndex index = ServiceIndex.of(List.of(new Service(new ServiceCode("OLD-SCAN"), "Старое УЗИ", "imaging",
                ServiceKind.SIMPLE, List.of(), Instant.parse("2026-01-01T00:00:00Z"), List.of())));
        assertEquals(1, index.find("старое узи").size());
    }

    @Test
    void the_other_layout_maps_every_letter_key_both_ways() {
        assertEquals("мрт колена", ServiceIndex.otherLayout("vhn rjktyf"));
        assertEquals("vhn rjktyf", ServiceIndex.otherLayout("мрт колена"));
        assertEquals("ребенка", ServiceIndex.otherLayout("ht,tyrf"));
    }

    @Test
    void a_light_stem_makes_grammatical_forms_one_word() {
        assertEquals(ServiceIndex.stem("колено"), ServiceIndex.stem("колена"));
        assertEquals(ServiceIndex.stem("колено"), ServiceIndex.stem("коленом"));
        assertEquals("scan", ServiceIndex.stem("scans"));
        assertEquals("мрт", ServiceIndex.stem("мрт"));
    }

    @Test
    void the_distance_counts_an_adjacent_swap_as_one_edit_and_stops_past_the_bound() {
        assertEquals(1, ServiceIndex.distance("колена", "калена", 2));
        assertEquals(1, ServiceIndex.distance("колена", "колнеа", 2));
        assertEquals(2, ServiceIndex.distance("головн", "галавн", 2));
        assertEquals(3, ServiceIndex.distance("abcdef", "uvwxyz", 2));
    }
}
