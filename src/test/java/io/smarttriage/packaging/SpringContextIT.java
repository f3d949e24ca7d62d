package io.smarttriage.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Checks that the hand-written Spring context can wire every component. */
class SpringContextIT {
    private static final AppJar JAR = AppJar.packaged();
    private static final PluginReferences REFERENCES =
            new PluginReferences(JAR.xml(AppJar.DESCRIPTOR), JAR.xml(AppJar.SPRING_CONTEXT));

    @Test
    void givenSpringContext_everyBeanAndModuleClass_hasOneSatisfiableConstructor()
            throws Exception {
        ConstructorWiring wiring = new ConstructorWiring(candidates());

        List<String> problems = new ArrayList<>();
        for (Class<?> component : components()) {
            problems.addAll(wiring.problems(component));
        }

        assertThat(components()).hasSizeGreaterThanOrEqualTo(REFERENCES.beans().size() + 2);
        assertThat(problems).isEmpty();
    }

    @Test
    void givenSpringContext_initAndDestroyMethods_arePublicAndTakeNoArguments() throws Exception {
        Map<String, List<String>> lifecycle = REFERENCES.lifecycleMethods();

        List<Method> methods = new ArrayList<>();
        for (Map.Entry<String, List<String>> bean : lifecycle.entrySet()) {
            for (String name : bean.getValue()) {
                methods.add(Class.forName(bean.getKey()).getMethod(name));
            }
        }

        assertThat(methods).isNotEmpty().allMatch(m -> Modifier.isPublic(m.getModifiers()));
    }

    @Test
    void givenSpringContext_referencedHostInterfaces_areInMandatoryImportedPackages() {
        List<String> mandatory =
                ImportPackage.parse(JAR.header("Import-Package")).stream()
                        .filter(i -> !i.optional())
                        .map(ImportPackage::name)
                        .toList();

        List<String> referencedPackages =
                REFERENCES.references().values().stream()
                        .map(type -> type.substring(0, type.lastIndexOf('.')))
                        .toList();

        assertThat(referencedPackages).isNotEmpty();
        assertThat(mandatory).containsAll(referencedPackages);
    }

    @Test
    void givenComponentWithTwoPublicConstructors_problems_reportsIt() {
        ConstructorWiring wiring = new ConstructorWiring(List.of(String.class));

        List<String> problems = wiring.problems(TwoConstructors.class);

        assertThat(problems).singleElement().asString().contains("found 2");
    }

    @Test
    void givenParameterWithoutCandidate_problems_reportsIt() {
        ConstructorWiring wiring = new ConstructorWiring(List.of(Integer.class));

        List<String> problems = wiring.problems(TwoConstructors.OneString.class);

        assertThat(problems).singleElement().asString().contains("java.lang.String has 0");
    }

    private static List<Class<?>> candidates() throws ClassNotFoundException {
        List<Class<?>> types = new ArrayList<>();
        for (String name : REFERENCES.references().values()) {
            types.add(Class.forName(name));
        }
        for (String name : REFERENCES.beans().values()) {
            types.add(Class.forName(name));
        }
        return types;
    }

    private static List<Class<?>> components() throws ClassNotFoundException {
        List<Class<?>> types = new ArrayList<>();
        for (String name : REFERENCES.beans().values()) {
            types.add(Class.forName(name));
        }
        for (String name : REFERENCES.descriptorClasses()) {
            types.add(Class.forName(name));
        }
        types.addAll(restResources());
        return types;
    }

    private static List<Class<?>> restResources() throws ClassNotFoundException {
        List<Class<?>> resources = new ArrayList<>();
        for (String dir : REFERENCES.restPackageDirectories()) {
            for (String entry : JAR.entries()) {
                if (entry.startsWith(dir)
                        && entry.endsWith(".class")
                        && entry.indexOf('/', dir.length()) < 0) {
                    Class<?> type = Class.forName(entry.replace('/', '.').replace(".class", ""));
                    if (type.isAnnotationPresent(Path.class)) {
                        resources.add(type);
                    }
                }
            }
        }
        return resources;
    }

    /** Test subject with two public constructors. */
    static final class TwoConstructors {
        public TwoConstructors() {}

        public TwoConstructors(String value) {}

        /** Test subject needing a String. */
        static final class OneString {
            public OneString(String value) {}
        }
    }
}
