package dev.frontline.channels.chat;

import dev.frontline.channels.Channel;
import dev.frontline.channels.Inbox;
import dev.frontline.channels.Inboxes;
import dev.frontline.shared.Caller;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The answer bot's deflection per chat inbox, for supervisors. */
@RestController
class AnswerBotController {

    /** Chats the bot took up in the last {@code days} days, by how they ended; {@code deflectionRate} = resolved / ended. */
    record Deflection(UUID inboxId, int days, long resolvedByBot, long handedOff, long noAnswer, long timedOut,
                      long handling, double deflectionRate) {
    }

    private final Inboxes inboxes;
    private final BotSessions sessions;
    private final Clock clock;

    AnswerBotController(Inboxes inboxes, BotSessions sessions, Clock clock) {
        this.inboxes = inboxes;
        this.sessions = sessions;
        this.clock = clock;
    }

    @GetMapping("/api/v1/inboxes/{id}/answer-bot/deflection")
    Deflection deflection(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
                          @RequestParam(defaultValue = "30") int days) {
        caller.require(Role.SUPERVISOR);
        Inbox inbox = inboxes.get(caller.workspaceId(), id);
        if (inbox.channel() != Channel.CHAT) {
            throw new NotFoundException("Chat inbox", id);
        }
        int period = Math.clamp(days, 1, 366);
        Instant now = clock.instant();
        BotSessions.Deflection counts = sessions.deflection(caller.workspaceId(), id, now.minus(Duration.ofDays(period)), now);
        long ended = counts.resolvedByBot() + counts.handedOff() + counts.noAnswer() + counts.timedOut();
        return new Deflection(id, period, counts.resolvedByBot(), counts.handedOff(), counts.noAnswer(), counts.timedOut(),
                counts.handling(), ended == 0 ? 0 : (double) counts.resolvedByBot() / ended);
    }
}
