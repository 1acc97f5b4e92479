package com.excelmedical.staffing.content.page;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The words a published page is found by, normalized the same way as a query's: lowercase ASCII, accents
 * dropped, split on anything but letters and digits. Kept in the page as an array with a multikey index, so
 * search needs no {@code $text} (which the embedded server lacks).
 */
public final class SearchTerms {

    public static final int MAX_QUERY_WORDS = 8;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    private SearchTerms() {
    }

    static List<String> of(PageContent content) {
        Stream<String> texts = Stream.concat(
                Stream.of(content.title(), content.summary(), content.seo().title(), content.seo().description()),
                content.seo().keywords().stream());
        Set<String> terms = new LinkedHashSet<>();
        texts.forEach(text -> terms.addAll(words(text)));
        return List.copyOf(terms);
    }

    /** The words of a query, each required; at most {@value #MAX_QUERY_WORDS}. */
    public static List<String> ofQuery(String query) {
        return words(query).stream().distinct().limit(MAX_QUERY_WORDS).toList();
    }

    static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        String ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        return Arrays.stream(SEPARATORS.split(ascii)).filter(word -> word.length() > 1).toList();
    }
}
