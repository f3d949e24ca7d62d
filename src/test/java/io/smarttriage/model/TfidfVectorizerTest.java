package io.smarttriage.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TfidfVectorizerTest {
    private static final List<List<String>> DOCS =
            List.of(
                    List.of("disk", "full", "disk", "disk+full", "full+disk"),
                    List.of("disk", "full", "disk+full"),
                    List.of("printer", "jam", "printer+jam"));

    @Test
    void givenMinDfTwo_fit_keepsTermsInTwoDocumentsOnly() {
        TfidfVectorizer vectorizer = TfidfVectorizer.fit(DOCS, 2, 100);

        List<String> terms = terms(vectorizer);

        assertThat(terms).containsExactly("disk", "disk+full", "full");
    }

    @Test
    void givenRepeatedTerm_transform_usesSublinearTfIdfWithUnitLength() {
        TfidfVectorizer vectorizer = TfidfVectorizer.fit(DOCS, 2, 100);

        SparseVector x = vectorizer.transform(List.of("disk", "disk", "printer"));

        // only "disk" is known: tf 2 -> 1 + ln 2, then normalised to length 1
        assertThat(x.indices()).containsExactly(0);
        assertThat(x.values()[0]).isCloseTo(1.0, within(1e-12));
        assertThat(vectorizer.idf(0)).isCloseTo(Math.log(4.0 / 3) + 1, within(1e-12));
    }

    @Test
    void givenTwoKnownTerms_transform_weighsByTfTimesIdf() {
        TfidfVectorizer vectorizer = TfidfVectorizer.fit(DOCS, 1, 100);
        int disk = terms(vectorizer).indexOf("disk");
        int jam = terms(vectorizer).indexOf("jam");

        SparseVector x = vectorizer.transform(List.of("disk", "disk", "jam"));

        double diskValue = (1 + Math.log(2)) * (Math.log(4.0 / 3) + 1);
        double jamValue = Math.log(4.0 / 2) + 1;
        double norm = Math.hypot(diskValue, jamValue);
        assertThat(x.values())
                .containsExactly(new double[] {diskValue / norm, jamValue / norm}, within(1e-12));
        assertThat(x.indices()).containsExactly(disk, jam);
    }

    @Test
    void givenVocabularyLimit_fit_keepsMostFrequentTerms() {
        TfidfVectorizer vectorizer = TfidfVectorizer.fit(DOCS, 1, 2);

        List<String> terms = terms(vectorizer);

        assertThat(terms).containsExactly("disk", "disk+full");
    }

    private static List<String> terms(TfidfVectorizer vectorizer) {
        List<String> terms = new ArrayList<>();
        for (int j = 0; j < vectorizer.size(); j++) {
            terms.add(vectorizer.term(j));
        }
        return terms;
    }
}
