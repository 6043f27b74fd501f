package com.oneprice.pricing.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds services the way a caller names them: by code, name or alias, in Russian or English, with a wrong letter or
 * two, a word cut short, another grammatical ending, or typed on the other keyboard layout ({@code vhn rjktyf} is
 * {@code мрт колена} typed with the Latin layout on). Immutable and built from the services alone, so a snapshot
 * builds its own in a few milliseconds and a changed catalog simply gets a new one.
 *
 * <p><b>Matching.</b> The query is split into words at white space; each word is also read as if typed on the other
 * layout. A query word matches a catalog word exactly (1.0), by the same stem (0.9: "колено", "колена"), as its
 * beginning (0.8: "колен" for "коленного"), or with one or two edits of its stem (0.7, 0.5: insertions, deletions,
 * substitutions, adjacent swaps; none for words of up to 3 letters, one up to 5, two from 6). A word read on the
 * other layout counts {@value #OTHER_LAYOUT} of that. Codes count {@value #CODE_WEIGHT}: customers name services,
 * operators may know codes.
 *
 * <p><b>Ranking.</b> A query equal to a code finds that service first. Then services matching more of the query's
 * words come first; then the higher sum of each word's best match; then the service with one name or alias covered
 * most tightly by the query ("МРТ колена" over "МРТ колена с контрастом"); then by code. A service matching fewer
 * than half of the words is left out.
 *
 * <p><b>Cost.</b> A query never scans the services: exact words and stems are looked up, beginnings are a range of
 * the sorted vocabulary, and edits are counted only for catalog words of about the same length, in the same alphabet,
 * with nearly the same letters (a 64-bit letter set compared first); tallies are primitive tables, not boxed maps.
 * It grows with the number of query words, which the caller bounds. On the bench's 3,000 services (a vocabulary of
 * about 9,000 words) a query takes some tens of microseconds and building the index about 10 ms of CPU
 * (bench/SearchIndex.java).
 */
public final class ServiceIndex {

    static final float OTHER_LAYOUT = 0.9f;
    static final float CODE_WEIGHT = 0.9f;
    private static final int CODE = 0;
    /** Fields of a service: its code, its name, then its aliases; postings keep the field in 8 bits. */
    private static final int MAX_FIELDS = 256;

    private static final String LATIN_KEYS = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`{}:\"<>~";
    private static final String CYRILLIC_KEYS = "йцукенгшщзхъфывапролджэячсмитьбюёхъжэбюё";
    private static final String[] ENDINGS = {"иями", "ями", "ами", "иях", "ого", "его", "ому", "ему", "ыми", "ими",
        "ой", "ей", "ий", "ый", "ая", "яя", "ое", "ее", "ые", "ие", "ую", "юю", "ов", "ев", "ам", "ям", "ах", "ях",
        "ом", "ем", "ию", "ия", "а", "я", "о", "е", "ы", "и", "у", "ю", "й", "ь"};

    private final List<Service> services;
    private final int[][] fieldWords;
    /** The vocabulary, sorted: exact words and beginnings are binary searches. */
    private final String[] terms;
    private final String[] stems;
    /** The letters of each stem as bits: an edit changes at most two, so most words need no distance computed. */
    private final long[] letters;
    /** Per term, where it occurs: service index << 8 | field. */
    private final int[][] postings;
    private final Map<String, int[]> byStem;
    /** Term indices by alphabet, then by the length of their stem. */
    private final int[][][] byStemLength;
    private final Map<String, Integer> byCode;

    private ServiceIndex(Collection<Service> all) {
        services = all.stream().sorted(Comparator.comparing(Service::code)).toList();
        fieldWords = new int[services.size()][];
        byCode = new HashMap<>();
        Map<String, Ints> vocabulary = new HashMap<>();
        List<String> fields = new ArrayList<>();
        for (int s = 0; s < services.size(); s++) {
            Service service = services.get(s);
            byCode.put(service.code().value().toLowerCase(Locale.ROOT), s);
            fields.clear();
            fields.add(service.code().value());
            fields.add(service.name());
            fields.addAll(service.aliases());
            int count = Math.min(fields.size(), MAX_FIELDS);
            fieldWords[s] = new int[count];
            for (int f = 0; f < count; f++) {
                List<String> words = words(fields.get(f));
                fieldWords[s][f] = words.size();
                for (String word : words) {
                    vocabulary.computeIfAbsent(word, w -> new Ints()).addOnce(s << 8 | f);
                }
            }
        }
        terms = vocabulary.keySet().toArray(String[]::new);
        Arrays.sort(terms);
        stems = new String[terms.length];
        letters = new long[terms.length];
        postings = new int[terms.length][];
        Map<String, Ints> sameStem = new HashMap<>();
        List<List<Ints>> lengths = List.of(new ArrayList<>(), new ArrayList<>());
        for (int t = 0; t < terms.length; t++) {
            stems[t] = stem(terms[t]);
            letters[t] = letters(stems[t]);
            postings[t] = vocabulary.get(terms[t]).toArray();
            sameStem.computeIfAbsent(stems[t], k -> new Ints()).addOnce(t);
            int alphabet = alphabet(terms[t]);
            if (alphabet >= 0) {
                List<Ints> buckets = lengths.get(alphabet);
                while (buckets.size() <= stems[t].length()) {
                    buckets.add(new Ints());
                }
                buckets.get(stems[t].length()).addOnce(t);
            }
        }
        byStem = new HashMap<>();
        sameStem.forEach((stem, list) -> byStem.put(stem, list.toArray()));
        byStemLength = lengths.stream()
                .map(buckets -> buckets.stream().map(Ints::toArray).toArray(int[][]::new))
                .toArray(int[][][]::new);
    }

    /** A growing list of ints that skips a value equal to the last one added. */
    private static final class Ints {
        private int[] values = new int[4];
        private int size;

        void addOnce(int value) {
            if (size > 0 && values[size - 1] == value) {
                return;
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    public static ServiceIndex of(Collection<Service> services) {
        return new ServiceIndex(services);
    }

    /** Every service matching {@code query}, best first (see the class comment); none for a query without words. */
    public List<Service> find(String query) {
        List<QueryWord> words = parse(query);
        int n = words.size();
        if (n == 0) {
            return List.of();
        }
        // Per query word, how well it matches each field (service << 8 | field); and over all words, per field.
        Tally fieldSums = new Tally();
        Candidate[] byService = new Candidate[services.size()];
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Tally fields = new Tally();
            collect(words.get(i).typed(), 1f, fields);
            collect(words.get(i).otherLayout(), OTHER_LAYOUT, fields);
            int word = i;
            fields.forEach((key, score) -> {
                int s = key >>> 8;
                Candidate candidate = byService[s];
                if (candidate == null) {
                    candidate = byService[s] = new Candidate(s, new float[n]);
                    candidates.add(candidate);
                }
                candidate.best[word] = Math.max(candidate.best[word], score);
                fieldSums.add(key, score);
            });
        }
        fieldSums.forEach((key, sum) -> {
            Candidate candidate = byService[key >>> 8];
            candidate.tightness = Math.max(candidate.tightness,
                    sum / Math.max(fieldWords[key >>> 8][key & 0xFF], n));
        });
        Integer exact = byCode.get(query.trim().toLowerCase(Locale.ROOT));
        List<Candidate> ranked = new ArrayList<>();
        for (Candidate candidate : candidates) {
            for (float best : candidate.best) {
                if (best > 0) {
                    candidate.matched++;
                    candidate.total += best;
                }
            }
            candidate.exactCode = exact != null && exact == candidate.service;
            if (candidate.exactCode || candidate.matched * 2 >= n) {
                ranked.add(candidate);
            }
        }
        ranked.sort(null);
        return ranked.stream().map(c -> services.get(c.service)).toList();
    }

    /** A service a query matched, ordered best first (see the class comment). */
    private static final class Candidate implements Comparable<Candidate> {
        final int service;
        final float[] best;
        int matched;
        float total;
        float tightness;
        boolean exactCode;

        Candidate(int service, float[] best) {
            this.service = service;
            this.best = best;
        }

        @Override
        public int compareTo(Candidate other) {
            if (exactCode != other.exactCode) {
                return exactCode ? -1 : 1;
            }
            if (matched != other.matched) {
                return Integer.compare(other.matched, matched);
            }
            if (total != other.total) {
                return Float.compare(other.total, total);
            }
            if (tightness != other.tightness) {
                return Float.compare(other.tightness, tightness);
            }
            return Integer.compare(service, other.service);
        }
    }

    /** One word of the query as typed, and as it reads on the other keyboard layout (empty when the same). */
    record QueryWord(List<String> typed, List<String> otherLayout) {
    }

    static List<QueryWord> parse(String query) {
        List<QueryWord> parsed = new ArrayList<>();
        for (String raw : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            List<String> typed = words(raw);
            List<String> other = words(otherLayout(raw));
            if (!typed.isEmpty() || !other.isEmpty()) {
                parsed.add(new QueryWord(typed, other.equals(typed) ? List.of() : other));
            }
        }
        return parsed;
    }

    /**
     * Adds to {@code fields} how well {@code words} (one query word as typed or on the other layout; a word such as
     * "mri-knee" may hold several) match each field of each service: the mean of their best matches, weighted.
     */
    private void collect(List<String> words, float weight, Tally fields) {
        if (words.size() == 1) {
            best(words.get(0)).forEach((posting, q) -> fields.max(posting, weight * q));
        } else if (words.size() > 1) {
            Tally sums = new Tally();
            for (String word : words) {
                best(word).forEach(sums::add);
            }
            sums.forEach((posting, sum) -> fields.max(posting, weight * sum / words.size()));
        }
    }

    /** Per field (service << 8 | field), the best match of {@code word} in it. */
    private Tally best(String word) {
        Tally best = new Tally();
        matches(word).forEach((term, quality) -> {
            for (int posting : postings[term]) {
                best.max(posting, (posting & 0xFF) == CODE ? quality * CODE_WEIGHT : quality);
            }
        });
        return best;
    }

    /** The catalog words {@code word} matches, each with how well. */
    private Tally matches(String word) {
        Tally found = new Tally();
        String stem = stem(word);
        int edits = word.length() <= 3 ? 0 : word.length() <= 5 ? 1 : 2;
        int alphabet = alphabet(word);
        if (edits > 0 && alphabet >= 0) {
            int[][] buckets = byStemLength[alphabet];
            long own = letters(stem);
            for (int length = Math.max(0, stem.length() - edits);
                 length <= stem.length() + edits && length < buckets.length; length++) {
                for (int t : buckets[length]) {
                    if (Long.bitCount(own ^ letters[t]) > 2 * edits) {
                        continue;
                    }
                    int distance = distance(stem, stems[t], edits);
                    if (distance <= edits) {
                        found.max(t, distance <= 1 ? 0.7f : 0.5f);
                    }
                }
            }
        }
        int at = Arrays.binarySearch(terms, word);
        if (word.length() >= 2) {
            for (int t = at < 0 ? -at - 1 : at; t < terms.length && terms[t].startsWith(word); t++) {
                found.max(t, 0.8f);
            }
        }
        if (stem.length() >= 3) {
            for (int t : byStem.getOrDefault(stem, new int[0])) {
                found.max(t, 0.9f);
            }
        }
        if (at >= 0) {
            found.max(at, 1f);
        }
        return found;
    }

    /** An int-to-float table by open addressing: a query's tallies without a boxed number per entry. */
    private static final class Tally {
        /** Keys plus one; 0 marks a free slot. */
        private int[] keys = new int[32];
        private float[] values = new float[32];
        private int size;

        @FunctionalInterface
        interface Entry {
            void accept(int key, float value);
        }

        void max(int key, float value) {
            int i = slot(key);
            if (keys[i] == 0) {
                insert(i, key, value);
            } else if (value > values[i]) {
                values[i] = value;
            }
        }

        void add(int key, float value) {
            int i = slot(key);
            if (keys[i] == 0) {
                insert(i, key, value);
            } else {
                values[i] += value;
            }
        }

        void forEach(Entry entry) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] != 0) {
                    entry.accept(keys[i] - 1, values[i]);
                }
            }
        }

        private int slot(int key) {
            int mask = keys.length - 1;
            int h = (key + 1) * 0x9E3779B9;
            int i = (h ^ (h >>> 16)) & mask;
            while (keys[i] != 0 && keys[i] != key + 1) {
                i = (i + 1) & mask;
            }
            return i;
        }

        private void insert(int i, int key, float value) {
            keys[i] = key + 1;
            values[i] = value;
            if (++size * 2 > keys.length) {
                int[] oldKeys = keys;
                float[] oldValues = values;
                keys = new int[oldKeys.length * 2];
                values = new float[oldKeys.length * 2];
                for (int j = 0; j < oldKeys.length; j++) {
                    if (oldKeys[j] != 0) {
                        int k = slot(oldKeys[j] - 1);
                        keys[k] = oldKeys[j];
                        values[k] = oldValues[j];
                    }
                }
            }
        }
    }

    /** Lower-case words of letters and digits; ё is read as е, as most people type it. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word.append(c == 'ё' ? 'е' : c);
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        return words;
    }

    /** The same keys pressed with the other layout on: Latin ЙЦУКЕН positions become Cyrillic, and back. */
    static String otherLayout(String text) {
        StringBuilder swapped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int latin = LATIN_KEYS.indexOf(c);
            int cyrillic = CYRILLIC_KEYS.indexOf(c);
            swapped.append(latin >= 0 ? CYRILLIC_KEYS.charAt(latin) : cyrillic >= 0 ? LATIN_KEYS.charAt(cyrillic) : c);
        }
        return swapped.toString();
    }

    /**
     * A light stem: a Russian word without its grammatical ending (the longest that leaves three letters), an
     * English one without a plural s. Enough to make "колено", "колена" and "коленом" one word; not a dictionary.
     */
    static String stem(String word) {
        if (alphabet(word) == 1) {
            for (String ending : ENDINGS) {
                if (word.endsWith(ending) && word.length() - ending.length() >= 3) {
                    return word.substring(0, word.length() - ending.length());
                }
            }
            return word;
        }
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")
                ? word.substring(0, word.length() - 1) : word;
    }

    /**
     * The set of characters of {@code word} as bits (by code point modulo 64, so that 32 consecutive Cyrillic or 26
     * Latin letters never share one). An edit adds or removes at most one character and a substitution changes two,
     * so words within {@code d} edits differ in at most {@code 2d} bits; sharing bits between characters only makes
     * the difference smaller, never hides a match.
     */
    static long letters(String word) {
        long bits = 0;
        for (int i = 0; i < word.length(); i++) {
            bits |= 1L << (word.charAt(i) & 63);
        }
        return bits;
    }

    /** 0 for a word with Latin letters, 1 with Cyrillic ones, -1 for digits only. */
    private static int alphabet(String word) {
        for (int i = 0; i < word.length(); i++) {
            Character.UnicodeBlock block = Character.UnicodeBlock.of(word.charAt(i));
            if (block == Character.UnicodeBlock.CYRILLIC) {
                return 1;
            }
            if (Character.isLetter(word.charAt(i))) {
                return 0;
            }
        }
        return -1;
    }

    /**
     * The optimal string alignment distance of {@code a} and {@code b} (edits: insert, delete, substitute, swap two
     * adjacent letters), or {@code max + 1} as soon as it must exceed {@code max}.
     */
    static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        int[] beforePrevious = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, beforePrevious[j - 2] + 1);
                }
                current[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }
        return Math.min(previous[b.length()], max + 1);
    }
}
