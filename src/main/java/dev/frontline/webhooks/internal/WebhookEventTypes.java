package dev.frontline.webhooks.internal;

import dev.frontline.shared.WorkspaceEvent;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Every event type a webhook can receive: the public names of the application's {@link WorkspaceEvent} classes,
 * found once at start-up, so a subscription to a name that is never sent is refused instead of staying silent.
 */
@Component
public class WebhookEventTypes {

    private final SortedSet<String> names;

    WebhookEventTypes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(WorkspaceEvent.class));
        TreeSet<String> found = new TreeSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("dev.frontline")) {
            String className = Objects.requireNonNull(candidate.getBeanClassName());
            found.add(WorkspaceEvent.typeName(ClassUtils.resolveClassName(className, getClass().getClassLoader())));
        }
        this.names = java.util.Collections.unmodifiableSortedSet(found);
    }

    public SortedSet<String> names() {
        return names;
    }

    public boolean exists(String name) {
        return names.contains(name);
    }
}
