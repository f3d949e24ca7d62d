package io.smarttriage.demo;

import java.util.List;

/**
 * One request category of the generated service desk: its components, the phrases that requests
 * about each component use, and the agents who usually handle it.
 *
 * @param name category name
 * @param weight relative share of requests
 * @param components components of the category, each with its phrases
 * @param agents user names of the agents of the category's team
 */
record DemoCategory(
        String name, double weight, List<DemoComponent> components, List<String> agents) {

    /**
     * A component of a category and the words requests about it use.
     *
     * @param name component name
     * @param subjects short titles for requests about the component
     * @param details sentences describing the problem or wish
     */
    record DemoComponent(String name, List<String> subjects, List<String> details) {}
}
