package dev.frontline.conversations;

import dev.frontline.conversations.internal.TimelineRecorder;
import dev.frontline.shared.Actor;
import dev.frontline.shared.WorkspaceId;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Lets other modules add what they decided about a conversation to its timeline (the SLA module: another policy
 * or calendar now applies), in the caller's transaction, next to the conversation's own entries. {@code kind}
 * names the entry for the UI; {@code detail} is stored as JSON.
 */
@Service
public class ConversationTimeline {

    private final TimelineRecorder recorder;

    ConversationTimeline(TimelineRecorder recorder) {
        this.recorder = recorder;
    }

    public void record(WorkspaceId workspace, ConversationId conversation, String kind, Actor actor, Map<String, ?> detail) {
        recorder.record(workspace, conversation, kind, actor, detail);
    }
}
