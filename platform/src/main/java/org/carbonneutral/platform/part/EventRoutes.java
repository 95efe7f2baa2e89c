package org.carbonneutral.platform.part;

import io.smallrye.mutiny.Uni;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.carbonneutral.contracts.CloudEvent;
import org.carbonneutral.contracts.EventType;
import org.carbonneutral.contracts.Events;

/**
 * Which effect each incoming event type has in a service: one table per service, built once. An event type with no
 * route is ignored (a topic carries more types than a service needs).
 */
public final class EventRoutes {

    private final Map<EventType, BiFunction<CloudEvent, Record, Uni<Void>>> routes;

    private EventRoutes(Map<EventType, BiFunction<CloudEvent, Record, Uni<Void>>> routes) {
        this.routes = Map.copyOf(routes);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Applies the event's route; the payload is read as the type's payload record (malformed: IllegalArgumentException). */
    public Uni<Void> apply(CloudEvent event) {
        EventType type = EventType.ofCeType(event.type()).orElse(null);
        var route = type == null ? null : routes.get(type);
        if (route == null) {
            return Uni.createFrom().voidItem();
        }
        return route.apply(event, Events.payload(event, type.payloadType()));
    }

    public boolean handles(EventType type) {
        return routes.containsKey(type);
    }

    /** Collects routes; a type routed twice is a mistake and fails at once. */
    public static final class Builder {

        private final Map<EventType, BiFunction<CloudEvent, Record, Uni<Void>>> routes = new EnumMap<>(EventType.class);

        private Builder() {
        }

        /** Routes {@code type} to {@code effect}, which receives the payload as {@code payloadType}. */
        public <T> Builder on(EventType type, Class<T> payloadType, BiFunction<CloudEvent, T, Uni<Void>> effect) {
            if (!payloadType.isAssignableFrom(type.payloadType())) {
                throw new IllegalArgumentException(type + " carries " + type.payloadType().getSimpleName() + ", not "
                        + payloadType.getSimpleName());
            }
            if (routes.putIfAbsent(type, (event, payload) -> effect.apply(event, payloadType.cast(payload))) != null) {
                throw new IllegalArgumentException(type + " is routed twice");
            }
            return this;
        }

        public EventRoutes build() {
            return new EventRoutes(routes);
        }
    }
}
