package com.oneprice.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class QuoteCodeTest {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /** The nine symbols of a code without prefix or dashes, e.g. "7K2M9XQDY". */
    static String symbols(QuoteCode code) {
        return code.toString().substring(2).replace("-", "");
    }

    // Vectors computed independently (log/antilog tables for x^5 + x^2 + 1, outside Java) so a
    // port of the algorithm to another service can be checked against the same values.
    @ParameterizedTest
    @CsvSource({
        "Q-000-000-000", "Q-7K2-M9X-QDY", "Q-ZZZ-ZZZ-ZZT", "Q-100-000-00F",
        "Q-000-000-01J", "Q-QV0-TE1-23K", "Q-ABC-DEF-GHF"})
    void reference_codes_parse_and_print_unchanged(String reference) {
        assertEquals(reference, QuoteCode.parse(reference).toString());
    }

    @Test
    void the_canonical_form_is_Q_and_three_groups_of_three_symbols() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 1_000; i++) {
            String text = QuoteCode.generate(random).toString();
            assertTrue(text.matches("Q-[0-9A-HJKMNP-TV-Z]{3}-[0-9A-HJKMNP-TV-Z]{3}-[0-9A-HJKMNP-TV-Z]{3}"), text);
        }
    }

    @Test
    void a_code_from_the_default_secure_random_reads_back_as_itself() {
        QuoteCode code = QuoteCode.generate();
        assertEquals(code, QuoteCode.parse(code.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Q-7K2-M9X-QDY", "q-7k2-m9x-qdy", "  Q-7K2-M9X-QDY\t\n", "7K2M9XQDY", "Q7K2M9XQDY",
        "7k2-m9x-qdy", "Q 7K2 M9X QDY", "Q - 7K2 - M9X - QDY", "Q--7K2---M9X--QDY-", "-Q7-K2M 9XQ-DY",
        "Q\u20137K2\u2013M9X\u2013QDY", "Q\u20147K2\u00a0M9X QDY"})
    void case_whitespace_dashes_and_the_prefix_do_not_matter(String typed) {
        assertEquals("Q-7K2-M9X-QDY", QuoteCode.parse(typed).toString());
    }

    @ParameterizedTest
    @CsvSource({
        "Q-OOO-ooo-0o0, Q-000-000-000",
        "Q-I00-000-00F, Q-100-000-00F",
        "q-l00-000-00f, Q-100-000-00F",
        "Q-QVO-TEI-23K, Q-QV0-TE1-23K",
        "qv0-teL-23k,   Q-QV0-TE1-23K"})
    void O_reads_as_zero_and_I_and_L_read_as_one(String typed, String canonical) {
        assertEquals(canonical, QuoteCode.parse(typed).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"QV0TE123K", "QQV0TE123K", "Q-QV0-TE1-23K", "qv0te123k"})
    void a_code_whose_first_symbol_is_Q_is_read_with_or_without_the_prefix(String typed) {
        assertEquals("Q-QV0-TE1-23K", QuoteCode.parse(typed).toString());
    }

    @Test
    void every_substitution_in_one_code_is_rejected_as_mistyped_and_nothing_else_is_accepted() {
        String original = "7K2M9XQDY";
        int accepted = 0;
        for (int position = 0; position < original.length(); position++) {
            for (char replacement : ALPHABET.toCharArray()) {
                char[] typed = original.toCharArray();
                typed[position] = replacement;
                String text = new String(typed);
                if (text.equals(original)) {
                    assertEquals("Q-7K2-M9X-QDY", QuoteCode.parse(text).toString());
                    accepted++;
                } else {
                    assertThrows(MistypedQuoteCode.class, () -> QuoteCode.parse(text), text);
                }
            }
        }
        assertEquals(9, accepted);
    }

    @Test
    void every_adjacent_swap_in_one_code_is_rejected_as_mistyped() {
        String original = "7K2M9XQDY";
        for (int i = 0; i + 1 < original.length(); i++) {
            char[] typed = original.toCharArray();
            typed[i] = original.charAt(i + 1);
            typed[i + 1] = original.charAt(i);
            String text = new String(typed);
            assertThrows(MistypedQuoteCode.class, () -> QuoteCode.parse(text), text);
        }
    }

    @Test
    void a_mistyped_code_says_it_looks_mistyped_and_is_not_called_malformed() {
        MistypedQuoteCode e = assertThrows(MistypedQuoteCode.class, () -> QuoteCode.parse("Q-7K2-M9X-QD4"));
        assertTrue(e.getMessage().contains("looks mistyped"), e.getMessage());
        assertFalse((Object) e instanceof MalformedQuoteCode);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "Q", "Q-", "Q-7K2-M9X-QD", "7K2M9XQD", "Q-7K2-M9X-QDY4", "QQQ-7K2-M9X-QDY",
        "Q-7K2-M9X-QDY-7K2-M9X-QDY", "Q-7K2-M9X-QDY-Q"})
    void text_of_the_wrong_length_is_malformed(String typed) {
        assertThrows(MalformedQuoteCode.class, () -> QuoteCode.parse(typed));
    }

    @Test
    void a_prefixed_code_one_symbol_short_is_too_short_rather_than_a_bare_code_starting_with_Q() {
        MalformedQuoteCode e = assertThrows(MalformedQuoteCode.class, () -> QuoteCode.parse("Q-QV0-TE1-23"));
        assertTrue(e.getMessage().endsWith("has 8"), e.getMessage());
        assertThrows(MalformedQuoteCode.class, () -> QuoteCode.parse("q 7k2 m9x qd"));
        // The price of that choice: a bare code whose leading Q is split off reads as short too.
        assertThrows(MalformedQuoteCode.class, () -> QuoteCode.parse("Q-V0T-E12-3K"));
    }

    @Test
    void the_length_message_says_how_many_symbols_were_expected_and_found() {
        MalformedQuoteCode e = assertThrows(MalformedQuoteCode.class, () -> QuoteCode.parse("Q-7K2-M9X"));
        assertTrue(e.getMessage().contains("9 symbols") && e.getMessage().endsWith("has 6"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Q-7K2-M9X-QUY", "Q-7K2-M9X-QD*", "Q_7K2_M9X_QDY", "Q-7K2-M9X-QD\u0664",
        "Q-7K2-M9X-QD\u0130", "Q-7K2-M9X-QD\u0131", "Q.7K2.M9X.QDY", "Q-7K2-M9X-QD\u0000"})
    void a_character_outside_the_alphabet_is_malformed(String typed) {
        MalformedQuoteCode e = assertThrows(MalformedQuoteCode.class, () -> QuoteCode.parse(typed));
        assertTrue(e.getMessage().contains("is not a quote code symbol"), e.getMessage());
    }

    @Test
    void the_symbol_message_names_the_offending_character_safely() {
        assertTrue(assertThrows(MalformedQuoteCode.class, () -> QuoteCode.parse("Q-7K2-M9X-QUY"))
                .getMessage().startsWith("'U' is not"));
        assertTrue(assertThrows(MalformedQuoteCode.class, () -> QuoteCode.parse("Q-7K2-M9X-QD\n\u001b"))
                .getMessage().startsWith("U+001B is not"));
    }

    @Test
    void codes_are_equal_exactly_when_their_canonical_forms_are() {
        QuoteCode a = QuoteCode.parse("Q-7K2-M9X-QDY");
        QuoteCode b = QuoteCode.parse(" 7k2m9xqdy ");
        QuoteCode c = QuoteCode.parse("Q-ABC-DEF-GHF");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, c);
        assertNotEquals(a, "Q-7K2-M9X-QDY");
    }

    @Test
    void ten_thousand_codes_are_distinct_and_use_every_symbol_in_every_random_position() {
        SplittableRandom random = new SplittableRandom(20240601);
        Set<QuoteCode> codes = new HashSet<>();
        boolean[][] seen = new boolean[8][32];
        long everSet = 0;
        long everClear = 0;
        for (int i = 0; i < 10_000; i++) {
            QuoteCode code = QuoteCode.generate(random);
            assertTrue(codes.add(code), "duplicate " + code);
            String symbols = symbols(code);
            long bits = 0;
            for (int p = 0; p < 8; p++) {
                int value = ALPHABET.indexOf(symbols.charAt(p));
                seen[p][value] = true;
                bits = bits << 5 | value;
            }
            everSet |= bits;
            everClear |= ~bits;
        }
        for (int p = 0; p < 8; p++) {
            for (int v = 0; v < 32; v++) {
                assertTrue(seen[p][v], "symbol " + ALPHABET.charAt(v) + " never at position " + p);
            }
        }
        // Each of the 40 random bits was seen both set and clear, so none is stuck.
        assertEquals((1L << 40) - 1, everSet);
        assertEquals(-1L, everClear);
    }

    @Test
    void generating_without_a_random_source_is_refused() {
        assertThrows(NullPointerException.class, () -> QuoteCode.generate(null));
    }
}
