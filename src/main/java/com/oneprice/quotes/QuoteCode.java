package com.oneprice.quotes;

import com.oneprice.words.Text;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The code a customer is given for a quoted price, e.g. {@code Q-7K2-M9X-QDY}.
 *
 * <p>Codes are read aloud over the phone and typed back in by hand, so they use Crockford's
 * base32 (no I, L, O or U, which get confused with 1, 0 and V or spell words), come in groups of
 * three to be easy to say, and end in a check symbol so that a misheard or mistyped code is
 * refused rather than silently matching someone else's quote.
 *
 * <p>Instances exist only for well-formed codes whose check symbol matches.
 */
public final class QuoteCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int RANDOM_SYMBOLS = 8;
    private static final int SYMBOLS = RANDOM_SYMBOLS + 1;
    private static final int BITS_PER_SYMBOL = 5;
    private static final String PREFIX = "Q";

    /*
     * The check symbol lives in GF(32) = GF(2)[x] / (x^5 + x^2 + 1). That polynomial is primitive,
     * so alpha = x generates all 31 non-zero elements, and the 32 field elements map one-to-one
     * onto the 32 alphabet symbols: whatever the check works out to, it is always a printable
     * symbol (unlike mod-11 schemes, which need an extra "X").
     *
     * Symbol i (0-based, the check is i = 8) gets weight w_i = alpha^(i+1). Because alpha has
     * order 31 and the exponents 1..9 are distinct, the weights are distinct and non-zero. The
     * check is chosen so that sum(w_i * x_i) over all nine symbols is 0 (addition is XOR).
     *
     * - Substituting x_i by y != x_i changes the sum by w_i * (x_i + y): a product of two
     *   non-zero field elements, which is never 0 because a field has no zero divisors.
     * - Swapping x_i and x_j (x_i != x_j) changes it by (w_i + w_j) * (x_i + x_j): both factors
     *   are non-zero because the weights are distinct, so again never 0. This holds for ANY two
     *   positions, not only neighbours, and also covers "twin" errors (aa read as bb).
     * A code with either mistake therefore never has sum 0, so it can never parse.
     */
    private static final int FIELD_POLYNOMIAL = 0b100101; // x^5 + x^2 + 1
    private static final int[] WEIGHTS = new int[SYMBOLS];
    private static final int INVERSE_OF_CHECK_WEIGHT;

    static {
        for (int i = 0; i < SYMBOLS; i++) {
            WEIGHTS[i] = power(2, i + 1);
        }
        // alpha^31 = 1, so the inverse of alpha^k is alpha^(31 - k).
        INVERSE_OF_CHECK_WEIGHT = power(2, 31 - SYMBOLS);
    }

    // Lazily created so that code paths that never generate don't pay for seeding.
    private static final class DefaultRandom {
        static final SecureRandom INSTANCE = new SecureRandom();
    }

    private final String canonical;

    private QuoteCode(int[] symbols) {
        if (symbols.length != SYMBOLS || weightedSum(symbols) != 0) {
            throw new IllegalStateException("bug: QuoteCode built from an unchecked symbol array");
        }
        this.canonical = format(symbols);
    }

    private static String format(int[] symbols) {
        StringBuilder text = new StringBuilder(PREFIX);
        for (int i = 0; i < symbols.length; i++) {
            text.append(i % 3 == 0 ? "-" : "").append(ALPHABET.charAt(symbols[i]));
        }
        return text.toString();
    }

    /** A fresh code with 40 random bits from a shared {@link SecureRandom}. */
    public static QuoteCode generate() {
        return generate(DefaultRandom.INSTANCE);
    }

    /**
     * A fresh code with 40 random bits from {@code random}. Production callers should pass a
     * {@link SecureRandom} (or use {@link #generate()}) so codes of other customers cannot be
     * predicted; any generator is accepted so tests can be reproducible.
     */
    public static QuoteCode generate(RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        long bits = random.nextLong() >>> (Long.SIZE - RANDOM_SYMBOLS * BITS_PER_SYMBOL);
        int[] symbols = new int[SYMBOLS];
        for (int i = RANDOM_SYMBOLS - 1; i >= 0; i--) {
            symbols[i] = (int) (bits & 0b11111);
            bits >>>= BITS_PER_SYMBOL;
        }
        // With the check still 0 this is the sum of the random part, which w_8 * check must
        // cancel; in characteristic 2, -s == s.
        symbols[RANDOM_SYMBOLS] = multiply(INVERSE_OF_CHECK_WEIGHT, weightedSum(symbols));
        return new QuoteCode(symbols);
    }

    /**
     * Reads a code as a person might type it: any case, with or without the {@code Q} prefix,
     * dashes and spaces anywhere, and {@code O}, {@code I}, {@code L} taken as {@code 0}, {@code 1},
     * {@code 1}.
     *
     * @throws MalformedQuoteCode if the text cannot be a quote code at all
     * @throws MistypedQuoteCode  if it has the right shape but the check symbol does not match
     */
    public static QuoteCode parse(String text) {
        if (text == null) {
            throw new MalformedQuoteCode(Text.of("quote-code.none"));
        }
        StringBuilder kept = new StringBuilder(text.length());
        boolean prefixSetApart = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // Codes get pasted from emails and chats, which bring no-break spaces and turn "-"
            // into en/em dashes; none of those can be a symbol, so skip them like plain ones.
            if (c == '-' || Character.isWhitespace(c) || Character.isSpaceChar(c)
                    || Character.getType(c) == Character.DASH_PUNCTUATION) {
                prefixSetApart |= kept.length() == 1 && kept.charAt(0) == 'Q';
                continue;
            }
            // ASCII-only case folding: Character.toUpperCase would turn e.g. dotless 'ı' into 'I'.
            kept.append(c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c);
        }
        // 'Q' is also a data symbol, so a leading Q is the prefix only when set apart ("Q-", "Q ")
        // or when it is a tenth symbol; otherwise "Q-7K2-M9X-QD", one symbol short, would be read
        // as the bare code Q7K2M9XQD and slip past the check one time in 32.
        if (kept.length() > 0 && kept.charAt(0) == 'Q'
                && (prefixSetApart || kept.length() == SYMBOLS + 1)) {
            kept.deleteCharAt(0);
        }
        int[] symbols = new int[kept.length()];
        for (int i = 0; i < kept.length(); i++) {
            symbols[i] = symbolValue(kept.charAt(i));
        }
        if (symbols.length != SYMBOLS) {
            throw new MalformedQuoteCode(Text.of("quote-code.length", SYMBOLS, symbols.length));
        }
        if (weightedSum(symbols) != 0) {
            throw new MistypedQuoteCode(Text.of("quote-code.mistyped", format(symbols)));
        }
        return new QuoteCode(symbols);
    }

    private static int symbolValue(char c) {
        switch (c) {
            case 'O': return 0;
            case 'I': case 'L': return 1;
            default:
                int value = ALPHABET.indexOf(c);
                if (value < 0) {
                    // Quote only printable ASCII back so odd input cannot garble messages or logs.
                    String shown = c > ' ' && c < 0x7f ? "'" + c + "'" : String.format("U+%04X", (int) c);
                    throw new MalformedQuoteCode(Text.of("quote-code.symbol", shown));
                }
                return value;
        }
    }

    private static int weightedSum(int[] symbols) {
        int sum = 0;
        for (int i = 0; i < symbols.length; i++) {
            sum ^= multiply(WEIGHTS[i], symbols[i]);
        }
        return sum;
    }

    /** Carry-less multiplication reduced modulo the field polynomial. */
    private static int multiply(int a, int b) {
        int product = 0;
        while (b != 0) {
            if ((b & 1) != 0) {
                product ^= a;
            }
            b >>>= 1;
            a <<= 1;
            if ((a & 0b100000) != 0) {
                a ^= FIELD_POLYNOMIAL;
            }
        }
        return product;
    }

    private static int power(int base, int exponent) {
        int result = 1;
        for (int i = 0; i < exponent; i++) {
            result = multiply(result, base);
        }
        return result;
    }

    /** The canonical form, e.g. {@code Q-7K2-M9X-QDY}; {@link #parse} accepts it back. */
    @Override
    public String toString() {
        return canonical;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QuoteCode code && canonical.equals(code.canonical);
    }

    @Override
    public int hashCode() {
        return canonical.hashCode();
    }
}
