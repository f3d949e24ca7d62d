package io.smarttriage.text;

import java.util.Set;

/**
 * Lower-case names after {@code @} that are annotations, Javadoc tags or decorators, not people.
 */
final class CodeTags {

    private static final Set<String> TAGS =
            Set.of(
                    "override",
                    "test",
                    "deprecated",
                    "suppresswarnings",
                    "functionalinterface",
                    "safevarargs",
                    "param",
                    "return",
                    "returns",
                    "throws",
                    "exception",
                    "see",
                    "since",
                    "link",
                    "linkplain",
                    "code",
                    "author",
                    "version",
                    "inheritdoc",
                    "value",
                    "literal",
                    "before",
                    "after",
                    "beforeclass",
                    "afterclass",
                    "beforeeach",
                    "aftereach",
                    "beforeall",
                    "afterall",
                    "ignore",
                    "disabled",
                    "inject",
                    "autowired",
                    "nullable",
                    "nonnull",
                    "visiblefortesting",
                    "interfaceaudience",
                    "interfacestability",
                    "private",
                    "public",
                    "evolving",
                    "unstable",
                    "stable",
                    "limitedprivate",
                    "property",
                    "staticmethod",
                    "classmethod",
                    "media",
                    "import",
                    "echo",
                    "rule",
                    "mock",
                    "path",
                    "get",
                    "post",
                    "put",
                    "delete",
                    "produces",
                    "consumes");

    private CodeTags() {}

    /** Returns whether {@code lower} (lower case, without the {@code @}) is a code tag. */
    static boolean contains(String lower) {
        return TAGS.contains(lower);
    }
}
