package io.smarttriage.packaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What the descriptor and the Spring context name, and which of those names a jar lacks. */
final class PluginReferences {
    static final String GEMINI = "http://www.eclipse.org/gemini/blueprint/schema/blueprint";
    static final String BEANS = "http://www.springframework.org/schema/beans";

    private final Document descriptor;
    private final Document spring;

    PluginReferences(Document descriptor, Document spring) {
        this.descriptor = descriptor;
        this.spring = spring;
    }

    /** Classes named by {@code class} attributes in the descriptor. */
    List<String> descriptorClasses() {
        List<String> classes = new ArrayList<>();
        NodeList all = descriptor.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            String name = ((Element) all.item(i)).getAttribute("class");
            if (!name.isEmpty()) {
                classes.add(name);
            }
        }
        return classes;
    }

    /** Jar entries of the descriptor's {@code resource} elements (i18n bundles as .properties). */
    List<String> descriptorResources() {
        List<String> resources = new ArrayList<>();
        for (Element resource : elements(descriptor, null, "resource")) {
            String location = resource.getAttribute("location");
            boolean i18n = "i18n".equals(resource.getAttribute("type"));
            resources.add(i18n ? location.replace('.', '/') + ".properties" : location);
        }
        return resources;
    }

    /** Packages that the REST modules scan, as jar directories such as {@code io/x/web/}. */
    List<String> restPackageDirectories() {
        List<String> dirs = new ArrayList<>();
        for (Element rest : elements(descriptor, null, "rest")) {
            for (Element pkg : elements(rest, null, "package")) {
                dirs.add(pkg.getTextContent().trim().replace('.', '/') + "/");
            }
        }
        return dirs;
    }

    /** Text of every web-item {@code link} element. */
    List<String> webItemLinks() {
        List<String> links = new ArrayList<>();
        for (Element item : elements(descriptor, null, "web-item")) {
            for (Element link : elements(item, null, "link")) {
                links.add(link.getTextContent().trim());
            }
        }
        return links;
    }

    /** Servlet URLs as the host serves them: {@code /plugins/servlet} plus each url-pattern. */
    List<String> servletUrls() {
        List<String> urls = new ArrayList<>();
        for (Element pattern : elements(descriptor, null, "url-pattern")) {
            urls.add("/plugins/servlet" + pattern.getTextContent().trim());
        }
        return urls;
    }

    /** Bean id to class name, in declaration order. */
    Map<String, String> beans() {
        return attributeById(elements(spring, BEANS, "bean"), "class");
    }

    /** OSGi reference id to interface name, in declaration order. */
    Map<String, String> references() {
        return attributeById(elements(spring, GEMINI, "reference"), "interface");
    }

    /** Method names given as init-method or destroy-method, by bean class. */
    Map<String, List<String>> lifecycleMethods() {
        Map<String, List<String>> methods = new LinkedHashMap<>();
        for (Element bean : elements(spring, BEANS, "bean")) {
            List<String> names = new ArrayList<>();
            for (String attribute : List.of("init-method", "destroy-method")) {
                if (!bean.getAttribute(attribute).isEmpty()) {
                    names.add(bean.getAttribute(attribute));
                }
            }
            methods.put(bean.getAttribute("class"), names);
        }
        return methods;
    }

    /** Every class, resource and package named here that the jar does not contain. */
    List<String> missingFrom(Set<String> jarEntries) {
        List<String> missing = new ArrayList<>();
        List<String> wanted = new ArrayList<>(descriptorResources());
        wanted.addAll(restPackageDirectories());
        for (String type : classNames()) {
            wanted.add(type.replace('.', '/') + ".class");
        }
        for (String entry : wanted) {
            if (!jarEntries.contains(entry)) {
                missing.add(entry);
            }
        }
        return missing;
    }

    private List<String> classNames() {
        List<String> names = new ArrayList<>(descriptorClasses());
        names.addAll(beans().values());
        return names;
    }

    private static Map<String, String> attributeById(List<Element> elements, String attribute) {
        Map<String, String> byId = new LinkedHashMap<>();
        for (Element element : elements) {
            byId.put(element.getAttribute("id"), element.getAttribute(attribute));
        }
        return byId;
    }

    private static List<Element> elements(Object parent, String namespace, String localName) {
        NodeList nodes =
                parent instanceof Document doc
                        ? doc.getElementsByTagNameNS(namespace == null ? "*" : namespace, localName)
                        : ((Element) parent)
                                .getElementsByTagNameNS(
                                        namespace == null ? "*" : namespace, localName);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }
}
