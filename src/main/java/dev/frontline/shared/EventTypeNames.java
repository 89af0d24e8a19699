package dev.frontline.shared;

/** Each event class's public name, worked out once: the live stream and webhooks ask for it on every event. */
final class EventTypeNames {

    static final ClassValue<String> NAMES = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> eventClass) {
            return WorkspaceEvent.typeName(eventClass);
        }
    };

    private EventTypeNames() {
    }
}
