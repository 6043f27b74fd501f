package com.oneprice.pricing.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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
 * the sorted vocabulary, and edits are tried only on catalog words of about the same length in the same alphabet.
 * It grows with the number of query words, which the caller bounds.
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
    private final String[] terms;
    private final String[] stems;
    private final int[][] postings;
    private final Map<String, Integer> termIndex;
    private final Map<String, int[]> byStem;
    /** Term indices by alphabet, then by the length of their stem. */
    private final int[][][] byStemLength;
    private final Map<String, Integer> byCode;

    private ServiceIndex(Collection<Service> all) {
        services = all.stream().sorted(Comparator.comparing(Service::code)).toList();
        fieldWords = new int[services.size()][];
        byCode = new HashMap<>();
        TreeMap<String, Set<Integer>> vocabulary = new TreeMap<>();
        for (int s = 0; s < services.size(); s++) {
            Service service = services.get(s);
            byCode.put(service.code().value().toLowerCase(Locale.ROOT), s);
            List<String> fields = new ArrayList<>();
            fields.add(service.code().value());
            fields.add(service.name());
            fields.addAll(service.aliases());
            int count = Math.min(fields.size(), MAX_FIELDS);
            fieldWords[s] = new int[count];
            for (int f = 0; f < count; f++) {
                List<String> words = words(fields.get(f));
                fieldWords[s][f] = words.size();
                for (String word : words) {
                    vocabulary.computeIfAbsent(word, w -> new LinkedHashSet<>()).add(s << 8 | f);
                }
            }
        }
        terms = vocabulary.keySet().toArray(String[]::new);
        stems = new String[terms.length];
        postings = new int[terms.length][];
        termIndex = new HashMap<>();
        Map<String, List<Integer>> sameStem = new HashMap<>();
        List<List<List<Integer>>> lengths = List.of(new ArrayList<>(), new ArrayList<>());
        for (int t = 0; t < terms.length; t++) {
            stems[t] = stem(terms[t]);
            postings[t] = vocabulary.get(terms[t]).stream().mapToInt(Integer::intValue).toArray();
            termIndex.put(terms[t], t);
            sameStem.computeIfAbsent(stems[t], k -> new ArrayList<>()).add(t);
            int alphabet = alphabet(terms[t]);
            if (alphabet >= 0) {
                List<List<Integer>> buckets = lengths.get(alphabet);
                while (buckets.size() <= stems[t].length()) {
                    buckets.add(new ArrayList<>());
                }
                buckets.get(stems[t].length()).add(t);
            }
        }
        byStem = new HashMap<>();
        sameStem.forEach((stem, list) -> byStem.put(stem, list.stream().mapToInt(Integer::intValue).toArray()));
        byStemLength = lengths.stream().map(buckets -> buckets.stream()
                .map(b -> b.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new))
                .toArray(int[][][]::new);
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
        Map<Integer, float[]> byField = new HashMap<>();
        for (int i = 0; i < n; i++) {
            collect(words.get(i).typed(), 1f, i, n, byField);
            collect(words.get(i).otherLayout(), OTHER_LAYOUT, i, n, byField);
        }
        Map<Integer, Candidate> candidates = new HashMap<>();
        byField.forEach((key, scores) -> {
            int s = key >>> 8;
            Candidate candidate = candidates.computeIfAbsent(s, k -> new Candidate(s, new float[n]));
            float sum = 0;
            for (int i = 0; i < n; i++) {
                candidate.best[i] = Math.max(candidate.best[i], scores[i]);
                sum += scores[i];
            }
            candidate.tightness = Math.max(candidate.tightness, sum / Math.max(fieldWords[s][key & 0xFF], n));
        });
        Integer exact = byCode.get(query.trim().toLowerCase(Locale.ROOT));
        List<Candidate> ranked = new ArrayList<>();
        for (Candidate candidate : candidates.values()) {
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
        ranked.sort(Comparator.comparing((Candidate c) -> !c.exactCode)
                .thenComparing(c -> -c.matched)
                .thenComparing(c -> -c.total)
                .thenComparing(c -> -c.tightness)
                .thenComparingInt(c -> c.service));
        return ranked.stream().map(c -> services.get(c.service)).toList();
    }

    private static final class Candidate {
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
     * Adds, for query word {@code i}, how well {@code words} (one query word as typed or on the other layout; a word
     * such as "mri-knee" may hold several) match each field of each service: the mean of their best matches.
     */
    private void collect(List<String> words, float weight, int i, int n, Map<Integer, float[]> byField) {
        if (words.isEmpty()) {
            return;
        }
        Map<Integer, Float> sums = new HashMap<>();
        for (String word : words) {
            Map<Integer, Float> best = new HashMap<>();
            matches(word).forEach((term, quality) -> {
                for (int posting : postings[term]) {
                    float q = (posting & 0xFF) == CODE ? quality * CODE_WEIGHT : quality;
                    best.merge(posting, q, Math::max);
                }
            });
            best.forEach((posting, q) -> sums.merge(posting, q, Float::sum));
        }
        sums.forEach((posting, sum) -> {
            float[] scores = byField.computeIfAbsent(posting, k -> new float[n]);
            scores[i] = Math.max(scores[i], weight * sum / words.size());
        });
    }

    /** The catalog words {@code word} matches, each with how well. */
    private Map<Integer, Float> matches(String word) {
        Map<Integer, Float> found = new HashMap<>();
        String stem = stem(word);
        int edits = word.length() <= 3 ? 0 : word.length() <= 5 ? 1 : 2;
        int alphabet = alphabet(word);
        if (edits > 0 && alphabet >= 0) {
            int[][] buckets = byStemLength[alphabet];
            for (int length = Math.max(0, stem.length() - edits);
                 length <= stem.length() + edits && length < buckets.length; length++) {
                for (int t : buckets[length]) {
                    int distance = distance(stem, stems[t], edits);
                    if (distance <= edits) {
                        found.merge(t, distance <= 1 ? 0.7f : 0.5f, Math::max);
                    }
                }
            }
        }
        if (word.length() >= 2) {
            int from = Arrays.binarySearch(terms, word);
            for (int t = from < 0 ? -from - 1 : from; t < terms.length && terms[t].startsWith(word); t++) {
                found.merge(t, 0.8f, Math::max);
            }
        }
        if (stem.length() >= 3) {
            for (int t : byStem.getOrDefault(stem, new int[0])) {
                found.merge(t, 0.9f, Math::max);
            }
        }
        Integer exact = termIndex.get(word);
        if (exact != null) {
            found.put(exact, 1f);
        }
        return found;
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
