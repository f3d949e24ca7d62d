package io.smarttriage.model;

import io.smarttriage.model.Prediction.Contribution;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Finds the terms of a request that pushed one class's decision value up the most. */
final class TopTerms {
    private TopTerms() {}

    /** Returns up to {@code limit} positive contributions (weight x value), largest first. */
    static List<Contribution> top(
            SparseVector x, WeightMatrix weights, int k, TfidfVectorizer vocabulary, int limit) {
        List<Contribution> all = new ArrayList<>();
        for (int i = 0; i < x.size(); i++) {
            double push = weights.weight(x.indices()[i], k) * x.values()[i];
            if (push > 0) {
                all.add(new Contribution(vocabulary.term(x.indices()[i]), push));
            }
        }
        all.sort(
                Comparator.comparingDouble(Contribution::weight)
                        .reversed()
                        .thenComparing(Contribution::term));
        return List.copyOf(all.subList(0, Math.min(limit, all.size())));
    }
}
