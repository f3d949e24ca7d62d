package io.smarttriage.model;

import java.util.List;
import java.util.function.Consumer;

/** Expands a token list into the terms a model sees: every word, every adjacent word pair. */
final class Terms {
    private Terms() {}

    /** Calls {@code sink} with each unigram and each bigram ("a b") of word tokens. */
    static void forEach(List<String> tokens, Consumer<String> sink) {
        String previous = null;
        for (String token : tokens) {
            sink.accept(token);
            boolean word = token.indexOf(':') < 0;
            if (word && previous != null) {
                sink.accept(previous + " " + token);
            }
            previous = word ? token : null;
        }
    }
}
