package io.smarttriage.packaging;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks what Spring's constructor autowiring needs: one public constructor per component, and for
 * each of its parameters exactly one candidate among the context's references and beans.
 */
final class ConstructorWiring {
    private final List<Class<?>> candidates;

    ConstructorWiring(List<Class<?>> candidates) {
        this.candidates = List.copyOf(candidates);
    }

    /** Returns one message per problem found in {@code component}; empty when it can be wired. */
    List<String> problems(Class<?> component) {
        List<String> problems = new ArrayList<>();
        Constructor<?>[] constructors = component.getConstructors();
        if (constructors.length != 1) {
            problems.add(
                    component.getName()
                            + ": expected 1 public constructor, found "
                            + constructors.length);
            return problems;
        }
        for (Class<?> parameter : constructors[0].getParameterTypes()) {
            long matches = candidates.stream().filter(parameter::isAssignableFrom).count();
            if (matches != 1) {
                problems.add(
                        component.getName()
                                + ": parameter "
                                + parameter.getName()
                                + " has "
                                + matches
                                + " candidates, expected exactly 1");
            }
        }
        return problems;
    }
}
