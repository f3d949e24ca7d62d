package io.smarttriage.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import weka.core.Attribute;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.SparseInstance;

class LinearSvmTest {

    @Test
    void givenSeparableSparseRows_buildClassifier_classifiesEveryRowRight() throws Exception {
        Instances data = threeClassData();
        LinearSvm machine = new LinearSvm();

        machine.buildClassifier(data);

        for (Instance row : data) {
            assertThat(machine.classifyInstance(row)).isEqualTo(row.classValue());
        }
    }

    @Test
    void givenSameSeed_buildClassifier_givesIdenticalWeights() throws Exception {
        LinearSvm first = new LinearSvm();
        LinearSvm second = new LinearSvm();

        first.buildClassifier(threeClassData());
        second.buildClassifier(threeClassData());

        assertThat(first.weights()).isEqualTo(second.weights());
    }

    @Test
    void givenTrainedMachine_distributionForInstance_sumsToOne() throws Exception {
        Instances data = threeClassData();
        LinearSvm machine = new LinearSvm();
        machine.buildClassifier(data);

        double[] distribution = machine.distributionForInstance(data.instance(0));

        assertThat(java.util.Arrays.stream(distribution).sum())
                .isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-12));
    }

    /** Nine rows over five attributes; class k rows carry attribute k, all carry attribute 4. */
    private static Instances threeClassData() {
        ArrayList<Attribute> attributes = new ArrayList<>();
        for (int j = 0; j < 5; j++) {
            attributes.add(new Attribute("a" + j));
        }
        attributes.add(new Attribute("class", List.of("x", "y", "z")));
        Instances data = new Instances("toy", attributes, 9);
        data.setClassIndex(5);
        for (int i = 0; i < 9; i++) {
            int k = i % 3;
            double[] values = {0.8, 0.6, k};
            int[] indices = {k, 4, 5};
            data.add(new SparseInstance(1.0, values, indices, 6));
        }
        return data;
    }
}
