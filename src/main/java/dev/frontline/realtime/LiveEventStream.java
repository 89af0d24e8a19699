package dev.frontline.realtime;

import dev.frontline.shared.Caller;
import dev.frontline.shared.Role;
import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceId;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /api/v1/events/stream}: every event of the caller's workspace once its transaction has
 * committed, on whichever node it happened ({@link LiveFanOut}), never another workspace's. Contact merges
 * and erasures go to supervisors and admins only.
 */
@RestController
class LiveEventStream {

    private record Subscriber(SseEmitter emitter, UserId userId, Role role) {
    }

    private final Map<WorkspaceId, Set<Subscriber>> subscribers = new ConcurrentHashMap<>();
    private final LiveListeners listeners;

    LiveEventStream(LiveListeners listeners) {
        this.listeners = listeners;
    }

    @GetMapping(path = "/api/v1/events/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@AuthenticationPrincipal Caller caller) throws IOException {
        SseEmitter emitter = new SseEmitter(Duration.ofMinutes(30).toMillis());
        Subscriber subscriber = new Subscriber(emitter, caller.userId(), caller.role());
        Set<Subscriber> workspace = subscribers.computeIfAbsent(caller.workspaceId(), id -> new CopyOnWriteArraySet<>());
        workspace.add(subscriber);
        Runnable remove = () -> workspace.remove(subscriber);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(error -> remove.run());
        emitter.send(SseEmitter.event().name("ready").data("{}", MediaType.APPLICATION_JSON));
        return emitter;
    }

    /** Sends a committed event to this node's subscribers of its workspace and in-process listeners. */
    void deliver(LiveMessage message) {
        listeners.deliver(message);
        Set<Subscriber> workspace = subscribers.get(message.workspaceId());
        if (workspace == null) {
            return;
        }
        Role needed = message.supervisorsOnly() ? Role.SUPERVISOR : Role.AGENT;
        for (Subscriber subscriber : workspace) {
            if (subscriber.role().includes(needed)) {
                send(workspace, subscriber, SseEmitter.event().name(message.type()).data(message.json(), MediaType.APPLICATION_JSON));
            }
        }
        if (message.closesStreamsOf() != null) {
            workspace.stream().filter(subscriber -> subscriber.userId().equals(message.closesStreamsOf())).forEach(subscriber -> {
                workspace.remove(subscriber);
                subscriber.emitter().complete();
            });
        }
    }

    /** Comments keep idle connections open through proxies that cut silent ones. */
    @Scheduled(fixedDelayString = "PT25S")
    void heartbeat() {
        subscribers.values().forEach(workspace -> workspace.forEach(subscriber ->
                send(workspace, subscriber, SseEmitter.event().comment("heartbeat"))));
    }

    private static void send(Set<Subscriber> workspace, Subscriber subscriber, SseEmitter.SseEventBuilder event) {
        try {
            subscriber.emitter().send(event);
        } catch (IOException | IllegalStateException gone) {
            workspace.remove(subscriber);
        }
    }
}
