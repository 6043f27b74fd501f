package com.oneprice.words;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AcceptLanguageTest {

    static Language choose(String header) {
        return AcceptLanguage.choose(header, Language.EN);
    }

    @Test
    void no_header_gives_the_default() {
        assertEquals(Language.EN, choose(null));
        assertEquals(Language.EN, choose(" "));
        assertEquals(Language.RU, AcceptLanguage.choose(null, Language.RU));
    }

    @Test
    void a_language_is_matched_by_its_primary_subtag_in_any_case() {
        assertEquals(Language.RU, choose("ru-RU"));
        assertEquals(Language.RU, choose("RU"));
        assertEquals(Language.EN, AcceptLanguage.choose("en-GB", Language.RU));
    }

    @Test
    void the_highest_q_value_wins_whatever_the_order() {
        assertEquals(Language.RU, choose("en;q=0.8, ru-RU;q=0.9"));
        assertEquals(Language.EN, choose("ru-RU;q=0.5, en;q=0.8"));
        assertEquals(Language.RU, choose("ru-RU;q=0.9, en;q=0.8"));
    }

    @Test
    void equal_q_values_keep_the_order_written() {
        assertEquals(Language.RU, choose("ru, en"));
        assertEquals(Language.EN, choose("en;q=0.5, ru;q=0.5"));
    }

    @Test
    void languages_the_api_does_not_speak_are_passed_over() {
        assertEquals(Language.RU, choose("de-DE, fr;q=0.9, ru;q=0.1"));
        assertEquals(Language.EN, AcceptLanguage.choose("de, fr", Language.EN));
        assertEquals(Language.RU, AcceptLanguage.choose("de, fr", Language.RU));
    }

    @Test
    void a_star_is_the_default_unless_the_default_is_refused() {
        assertEquals(Language.EN, choose("de, *;q=0.5"));
        assertEquals(Language.RU, choose("en;q=0, *"));
        assertEquals(Language.RU, AcceptLanguage.choose("*", Language.RU));
    }

    @Test
    void q_zero_refuses_a_language() {
        assertEquals(Language.EN, AcceptLanguage.choose("ru;q=0", Language.RU));
        assertEquals(Language.RU, choose("en;q=0, de"));
    }

    @Test
    void a_range_with_a_malformed_q_value_is_ignored() {
        assertEquals(Language.EN, choose("ru;q=high, en;q=0.1"));
        assertEquals(Language.EN, choose("ru;q=1.5"));
        assertEquals(Language.RU, choose(";q=0.5, ,ru"));
    }
}
