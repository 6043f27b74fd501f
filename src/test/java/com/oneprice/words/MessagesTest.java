package com.oneprice.words;

import com.oneprice.platform.problems.ProblemType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundles say the same things in every language, and the code asks them only for what they have. */
class MessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    /** A key written in the code: the first argument of text(...) or Text.of(...), or a "reason."/"say." literal. */
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:text|Text\\.of)\\(\\s*\"([a-z][a-z0-9.-]+)\"|\"((?:reason|gist|say|problem|field)\\.[a-z0-9.-]+)\"");

    @Test
    void every_key_exists_in_every_language() {
        for (Language language : Language.values()) {
            for (Language other : Language.values()) {
                Set<String> missing = new TreeSet<>(Messages.keys(language));
                missing.removeAll(Messages.keys(other));
                assertEquals(Set.of(), missing, "keys of " + language.tag() + " that " + other.tag() + " lacks");
            }
        }
    }

    @Test
    void every_language_takes_the_same_arguments_for_a_key() {
        for (String key : Messages.keys(Language.EN)) {
            Set<String> english = placeholders(Messages.pattern(Language.EN, key));
            for (Language language : Language.values()) {
                assertEquals(english, placeholders(Messages.pattern(language, key)), key + " in " + language.tag());
            }
        }
    }

    @Test
    void every_problem_type_has_a_title_in_every_language() {
        for (Language language : Language.values()) {
            for (ProblemType type : ProblemType.values()) {
                assertTrue(!type.title().in(language).isBlank(), type + " in " + language.tag());
            }
        }
    }

    @Test
    void every_key_the_code_names_is_in_the_bundles() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    named.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        assertTrue(named.size() > 50, "only " + named.size() + " keys found in the code: " + named);
        Set<String> known = Messages.keys(Language.EN);
        // a key the code completes at run time is named by its prefix ("reason.price-", "problem.not-found.") or
        // takes ".line" or ".total" after it
        Set<String> missing = named.stream().filter(k -> !known.contains(k))
                .filter(k -> known.stream().noneMatch(full -> k.endsWith(".") || k.endsWith("-")
                        ? full.startsWith(k) : full.equals(k + ".line") || full.equals(k + ".total")))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), missing, "keys named in the code but in no bundle");
    }

    @Test
    void arguments_are_substituted_as_they_are_and_texts_in_the_same_language() {
        assertEquals("филиал 'x' не существует", Text.of("problem.not-found.branch", "'x'").in(Language.RU));
        assertEquals("items: нужна хотя бы одна позиция",
                Text.of("problem.field", "items", Text.of("field.items-required")).in(Language.RU));
        assertEquals("the token's roles do not allow this operation",
                Text.of("problem.forbidden.detail").in(Language.EN));
    }

    private static Set<String> placeholders(String pattern) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        Set<String> found = new TreeSet<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

}
