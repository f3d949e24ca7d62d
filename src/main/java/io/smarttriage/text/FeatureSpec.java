package io.smarttriage.text;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which ticket fields become feature tokens and whether word bigrams are added.
 *
 * <p>A field that a model predicts must not also be its input: the component model uses {@code
 * FeatureSpec.all().without(FeatureField.COMPONENT)}, while the priority and assignment models may
 * keep components as input.
 *
 * @param fields the fields to turn into tokens
 * @param bigrams whether to add pairs of consecutive words ({@code s:null+pointer}, {@code
 *     null+pointer}) for the summary and description
 */
public record FeatureSpec(Set<FeatureField> fields, boolean bigrams) {

    /** Copies the field set. */
    public FeatureSpec {
        Objects.requireNonNull(fields, "feature spec 'fields' must not be null; use an empty set");
        fields = fields.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(fields));
    }

    /** Returns a spec with every field and no bigrams. */
    public static FeatureSpec all() {
        return new FeatureSpec(EnumSet.allOf(FeatureField.class), false);
    }

    /** Returns this spec without {@code excluded}. */
    public FeatureSpec without(FeatureField... excluded) {
        EnumSet<FeatureField> kept = EnumSet.allOf(FeatureField.class);
        kept.retainAll(fields);
        for (FeatureField field : excluded) {
            kept.remove(field);
        }
        return new FeatureSpec(kept, bigrams);
    }

    /** Returns this spec with bigrams switched on or off. */
    public FeatureSpec withBigrams(boolean enabled) {
        return new FeatureSpec(fields, enabled);
    }

    /** Returns whether {@code field} is turned into tokens. */
    public boolean includes(FeatureField field) {
        return fields.contains(field);
    }
}
