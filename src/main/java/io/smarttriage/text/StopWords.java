package io.smarttriage.text;

import java.util.Set;

/** Frequent English function words that carry no triage signal. */
final class StopWords {

    private static final Set<String> WORDS = Set.of(
            "a", "about", "above", "after", "again", "all", "also", "am", "an", "and", "any",
            "are", "as", "at", "be", "because", "been", "before", "being", "below", "between",
            "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during",
            "each", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her",
            "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its",
            "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "of", "off",
            "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own", "same",
            "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs",
            "them", "then", "there", "these", "they", "this", "those", "through", "to", "too",
            "under", "until", "up", "very", "was", "we", "were", "what", "when", "where",
            "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your",
            "yours", "yourself");

    private StopWords() {
    }

    /** Returns whether {@code word} (lower case) is a stop word. */
    static boolean contains(String word) {
        return WORDS.contains(word);
    }
}
