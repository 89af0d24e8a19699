package dev.frontline.channels.chat;

import dev.frontline.channels.ChannelSettings;
import dev.frontline.shared.InvalidRequestException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The {@code answerBot} part of a chat inbox's settings, checked before it is stored:
 * <pre>{"answerBot": {"enabled": true, "minScore": 1.0, "timeoutMinutes": 10}}</pre>
 * {@code minScore} is the confidence threshold: the knowledge search's relevance score (Lucene BM25, 0 to about 10; an
 * article whose title holds the question's main words scores about 1.5 to 3, 0 means any match) an article needs
 * before the bot offers it. BM25 weighs rare words more, so the same question scores lower in a larger index.
 * {@code timeoutMinutes}: how long the bot waits for a visitor who does not answer before it closes the chat.
 */
@Component
class AnswerBotSettings implements ChannelSettings {

    static final String PART = "answerBot";
    static final double DEFAULT_MIN_SCORE = 1.0;
    static final int DEFAULT_TIMEOUT_MINUTES = 10;
    private static final Set<String> KEYS = Set.of("enabled", "minScore", "timeoutMinutes");

    /** An inbox's bot as it runs. */
    record AnswerBot(boolean enabled, double minScore, Duration timeout) {
    }

    static AnswerBot of(Map<String, Object> settings) {
        if (!(settings.get(PART) instanceof Map<?, ?> bot)) {
            return new AnswerBot(false, DEFAULT_MIN_SCORE, Duration.ofMinutes(DEFAULT_TIMEOUT_MINUTES));
        }
        return new AnswerBot(Boolean.TRUE.equals(bot.get("enabled")),
                bot.get("minScore") instanceof Number score ? score.doubleValue() : DEFAULT_MIN_SCORE,
                Duration.ofMinutes(bot.get("timeoutMinutes") instanceof Number minutes ? minutes.longValue()
                        : DEFAULT_TIMEOUT_MINUTES));
    }

    @Override
    public Map<String, Object> prepare(UUID inboxId, Map<String, Object> current, Map<String, Object> incoming) {
        Object part = incoming.get(PART);
        if (part == null) {
            return incoming;
        }
        if (!(part instanceof Map<?, ?> bot)) {
            throw new InvalidRequestException("settings.answerBot", "must be an object");
        }
        for (Object key : bot.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                throw new InvalidRequestException("settings.answerBot." + key, "is not a setting of the answer bot");
            }
        }
        if (bot.containsKey("enabled") && !(bot.get("enabled") instanceof Boolean)) {
            throw new InvalidRequestException("settings.answerBot.enabled", "must be true or false");
        }
        if (bot.containsKey("minScore") && !(bot.get("minScore") instanceof Number score
                && score.doubleValue() >= 0 && score.doubleValue() <= 100)) {
            throw new InvalidRequestException("settings.answerBot.minScore", "must be a number from 0 to 100");
        }
        if (bot.containsKey("timeoutMinutes") && !(bot.get("timeoutMinutes") instanceof Integer minutes
                && minutes >= 1 && minutes <= 1440)) {
            throw new InvalidRequestException("settings.answerBot.timeoutMinutes", "must be a whole number from 1 to 1440");
        }
        Map<String, Object> prepared = new LinkedHashMap<>(incoming);
        prepared.put(PART, new LinkedHashMap<>(bot));
        return prepared;
    }

    @Override
    public Map<String, Object> redact(Map<String, Object> settings) {
        return settings;
    }
}
