package com.oneprice.quotes;

import static com.oneprice.quotes.QuoteCodeTest.ALPHABET;
import static com.oneprice.quotes.QuoteCodeTest.symbols;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class QuoteCodePropertyTest {

    // Seeded generators rather than Arbitraries.randoms() so a failure reports a replayable seed.
    @Provide
    Arbitrary<QuoteCode> codes() {
        return Arbitraries.longs().map(seed -> QuoteCode.generate(new SplittableRandom(seed)));
    }

    static String swapped(String symbols, int i, int j) {
        char[] typed = symbols.toCharArray();
        typed[i] = symbols.charAt(j);
        typed[j] = symbols.charAt(i);
        return new String(typed);
    }

    @Property
    void a_generated_code_reads_back_as_itself(@ForAll("codes") QuoteCode code) {
        assertEquals(code, QuoteCode.parse(code.toString()));
        assertEquals(code, QuoteCode.parse(symbols(code).toLowerCase()));
    }

    @Property
    void a_code_typed_with_any_case_and_any_dashes_or_spaces_reads_back_as_itself(
            @ForAll("codes") QuoteCode code, @ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] separators = {"", "", "-", " ", "--", " - ", "\t"};
        boolean prefixed = random.nextBoolean();
        String symbols = symbols(code);
        StringBuilder typed = new StringBuilder(prefixed ? "Q" : "");
        for (int i = 0; i < symbols.length(); i++) {
            // Without a prefix, a leading Q set apart ("Q-V0T...") is read as the prefix on purpose.
            boolean setsApartLeadingQ = !prefixed && i == 1 && symbols.charAt(0) == 'Q';
            typed.append(setsApartLeadingQ ? "" : separators[random.nextInt(separators.length)]);
            char c = symbols.charAt(i);
            typed.append(random.nextBoolean() ? Character.toLowerCase(c) : c);
        }
        assertEquals(code, QuoteCode.parse(typed.toString()), typed.toString());
    }

    @Property
    void every_single_symbol_substitution_at_every_position_is_rejected_as_mistyped(
            @ForAll("codes") QuoteCode code) {
        String original = symbols(code);
        for (int position = 0; position < original.length(); position++) {
            for (char replacement : ALPHABET.toCharArray()) {
                if (replacement == original.charAt(position)) {
                    continue;
                }
                char[] typed = original.toCharArray();
                typed[position] = replacement;
                String text = "Q-" + new String(typed);
                assertThrows(MistypedQuoteCode.class, () -> QuoteCode.parse(text), text);
            }
        }
    }

    @Property
    void every_adjacent_transposition_of_two_different_symbols_is_rejected_as_mistyped(
            @ForAll("codes") QuoteCode code) {
        String original = symbols(code);
        for (int i = 0; i + 1 < original.length(); i++) {
            if (original.charAt(i) == original.charAt(i + 1)) {
                continue;
            }
            String text = swapped(original, i, i + 1);
            assertThrows(MistypedQuoteCode.class, () -> QuoteCode.parse(text), text);
        }
    }

    // Not required of the check, but the weights are all distinct, so a swap across a group
    // ("7K2-M9X" heard as "7K9-M2X") is caught as surely as one between neighbours.
    @Property
    void swapping_two_different_symbols_at_any_two_positions_is_rejected_as_mistyped(
            @ForAll("codes") QuoteCode code,
            @ForAll @IntRange(min = 0, max = 8) int i,
            @ForAll @IntRange(min = 0, max = 8) int j) {
        String original = symbols(code);
        Assume.that(original.charAt(i) != original.charAt(j));
        String text = swapped(original, i, j);
        assertThrows(MistypedQuoteCode.class, () -> QuoteCode.parse(text), text);
    }
}
