package com.oneprice.words;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AcceptLanguageTest {

    /** One row a case: the rule it shows, the header (none when empty), the deployment's default, the choice. */
    @ParameterizedTest(name = "{0}: \"{1}\" with {2} by default gives {3}")
    @CsvSource(delimiter = '|', textBlock = """
            no header gives the default                                  |                                | EN | EN
            no header gives the default                                  | ' '                            | EN | EN
            no header gives the default                                  |                                | RU | RU
            a language is matched by its primary subtag in any case      | ru-RU                          | EN | RU
            a language is matched by its primary subtag in any case      | RU                             | EN | RU
            a language is matched by its primary subtag in any case      | en-GB                          | RU | EN
            the highest q value wins whatever the order                  | en;q=0.8, ru-RU;q=0.9          | EN | RU
            the highest q value wins whatever the order                  | ru-RU;q=0.5, en;q=0.8          | EN | EN
            the highest q value wins whatever the order                  | ru-RU;q=0.9, en;q=0.8          | EN | RU
            equal q values keep the order written                        | ru, en                         | EN | RU
            equal q values keep the order written                        | en;q=0.5, ru;q=0.5             | EN | EN
            languages the api does not speak are passed over             | de-DE, fr;q=0.9, ru;q=0.1      | EN | RU
            languages the api does not speak are passed over             | de, fr                         | EN | EN
            languages the api does not speak are passed over             | de, fr                         | RU | RU
            a star is the default unless the default is refused          | de, *;q=0.5                    | EN | EN
            a star is the default unless the default is refused          | en;q=0, *                      | EN | RU
            a star is the default unless the default is refused          | *                              | RU | RU
            q zero refuses a language                                    | ru;q=0                         | RU | EN
            q zero refuses a language                                    | en;q=0, de                     | EN | RU
            a range with a malformed q value is ignored                  | ru;q=high, en;q=0.1            | EN | EN
            a range with a malformed q value is ignored                  | ru;q=1.5                       | EN | EN
            a range with a malformed q value is ignored                  | ;q=0.5, ,ru                    | EN | RU
            """)
    void the_language_chosen_is_the_callers_best_one_the_api_speaks(String rule, String header, Language byDefault,
                                                                     Language chosen) {
        assertEquals(chosen, AcceptLanguage.choose(header, byDefault), rule);
    }
}
