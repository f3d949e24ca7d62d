package io.smarttriage.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private final Tokenizer tokenizer = new Tokenizer();

    @Test
    void givenSentence_tokens_lowerCaseWordsWithoutStopWords() {
        String text = "The Metastore CRASHES when the query runs";

        List<String> tokens = tokenizer.tokens(text);

        assertThat(tokens).containsExactly("metastore", "crashes", "query", "runs");
    }

    @Test
    void givenNumbersIdsAndShortWords_tokens_dropped() {
        String text =
                "x 42 0x7f3a91 attempt_000001 s3a log4j hive2 "
                        + "averyveryverylongidentifierthatnobodyreads";

        List<String> tokens = tokenizer.tokens(text);

        assertThat(tokens).containsExactly("s3a", "log4j", "hive2");
    }

    @Test
    void givenPlaceholdersAndSignatures_tokens_keptWhole() {
        String text = "mail redactedemail; exc_nullpointerexception __init__";

        List<String> tokens = tokenizer.tokens(text);

        assertThat(tokens)
                .containsExactly("mail", "redactedemail", "exc_nullpointerexception", "init");
    }

    @Test
    void givenIdeographs_tokens_oneTokenEach() {
        String text = "登录失败 login";

        List<String> tokens = tokenizer.tokens(text);

        assertThat(tokens).containsExactly("登", "录", "失", "败", "login");
    }

    @Test
    void givenNull_tokens_empty() {
        String text = null;

        List<String> tokens = tokenizer.tokens(text);

        assertThat(tokens).isEmpty();
    }
}
