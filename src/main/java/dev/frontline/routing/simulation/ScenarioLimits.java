package dev.frontline.routing.simulation;

import dev.frontline.shared.InvalidRequestException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a scenario may ask for, so one run stays within seconds and bounded memory: at most a week of
 * intervals, 20 queues, 50 agent groups, 10,000 agents and 250,000 expected arrivals. Fails with a 400
 * naming the field.
 */
final class ScenarioLimits {

    static final int MAX_INTERVALS = 672;
    static final int MAX_QUEUES = 20;
    static final int MAX_GROUPS = 50;
    static final int MAX_AGENTS = 10_000;
    static final double MAX_ARRIVALS = 250_000;
    private static final int MAX_SECONDS = 86_400;

    private ScenarioLimits() {
    }

    static void check(@Nullable Scenario scenario) {
        if (scenario == null) {
            throw new InvalidRequestException("scenario", "is missing");
        }
        range("intervalMinutes", scenario.intervalMinutes(), 1, 1_440);
        range("thresholdSeconds", scenario.thresholdSeconds(), 1, 3_600);
        int intervals = checkQueues(scenario.queues());
        range("intervals", intervals, 1, MAX_INTERVALS);
        if ((long) intervals * scenario.intervalMinutes() > 7 * 1_440) {
            throw new InvalidRequestException("intervals", "may cover at most 7 days");
        }
        checkGroups(scenario.agentGroups(), intervals);
    }

    private static int checkQueues(@Nullable List<Scenario.Queue> queues) {
        if (queues == null || queues.isEmpty() || queues.size() > MAX_QUEUES) {
            throw new InvalidRequestException("queues", "must list 1 to " + MAX_QUEUES + " queues");
        }
        Set<String> names = new HashSet<>();
        int intervals = -1;
        double arrivals = 0;
        for (int i = 0; i < queues.size(); i++) {
            Scenario.Queue queue = queues.get(i);
            String field = "queues[" + i + "]";
            if (queue == null || queue.name() == null || queue.name().isBlank() || queue.name().length() > 100 || !names.add(queue.name())) {
                throw new InvalidRequestException(field + ".name", "must be a unique name of 1 to 100 characters");
            }
            if (queue.channel() == null || queue.channel().isBlank() || queue.channel().length() > 20) {
                throw new InvalidRequestException(field + ".channel", "must be a channel such as voice or chat");
            }
            if (queue.agentSelection() == null) {
                throw new InvalidRequestException(field + ".agentSelection", "is missing");
            }
            range(field + ".minProficiency", queue.minProficiency(), 1, 5);
            positive(field + ".meanHandleSeconds", queue.meanHandleSeconds());
            if (queue.meanPatienceSeconds() != null) {
                positive(field + ".meanPatienceSeconds", queue.meanPatienceSeconds());
            }
            if (queue.arrivals() == null || queue.arrivals().isEmpty() || intervals >= 0 && queue.arrivals().size() != intervals) {
                throw new InvalidRequestException(field + ".arrivals", "must have one entry per interval, the same number in every queue");
            }
            intervals = queue.arrivals().size();
            for (Double expected : queue.arrivals()) {
                if (expected == null || !(expected >= 0)) {
                    throw new InvalidRequestException(field + ".arrivals", "must be numbers of 0 or more");
                }
                arrivals += expected;
            }
        }
        if (arrivals > MAX_ARRIVALS) {
            throw new InvalidRequestException("queues", "may expect at most " + (int) MAX_ARRIVALS + " arrivals in all");
        }
        for (int i = 0; i < queues.size(); i++) {
            Scenario.Expansion expansion = queues.get(i).expansion();
            if (expansion == null) {
                continue;
            }
            String field = "queues[" + i + "].expansion";
            if (expansion.afterSeconds() != null) {
                range(field + ".afterSeconds", expansion.afterSeconds(), 1, MAX_SECONDS);
                range(field + ".minProficiency", expansion.minProficiency() == null ? 0 : expansion.minProficiency(), 1, 5);
            }
            if (expansion.overflowAfterSeconds() != null) {
                range(field + ".overflowAfterSeconds", expansion.overflowAfterSeconds(), 1, MAX_SECONDS);
                if (expansion.overflowQueue() == null || !names.contains(expansion.overflowQueue())) {
                    throw new InvalidRequestException(field + ".overflowQueue", "must name another queue of the scenario");
                }
            }
        }
        return intervals;
    }

    private static void checkGroups(@Nullable List<Scenario.AgentGroup> groups, int intervals) {
        if (groups == null || groups.isEmpty() || groups.size() > MAX_GROUPS) {
            throw new InvalidRequestException("agentGroups", "must list 1 to " + MAX_GROUPS + " groups");
        }
        long agents = 0;
        for (int i = 0; i < groups.size(); i++) {
            Scenario.AgentGroup group = groups.get(i);
            String field = "agentGroups[" + i + "]";
            if (group == null || group.name() == null || group.name().isBlank() || group.name().length() > 100) {
                throw new InvalidRequestException(field + ".name", "must be 1 to 100 characters");
            }
            Map<String, Integer> skills = group.skills() == null ? Map.of() : group.skills();
            if (skills.size() > 50 || skills.values().stream().anyMatch(level -> level == null || level < 1 || level > 5)) {
                throw new InvalidRequestException(field + ".skills", "must be at most 50 skills with proficiency 1 to 5");
            }
            Scenario.Capacity capacity = group.capacity();
            if (capacity != null) {
                range(field + ".capacity.chat", capacity.chat(), 1, 10);
                range(field + ".capacity.email", capacity.email(), 0, 50);
                range(field + ".capacity.messaging", capacity.messaging(), 0, 50);
                range(field + ".capacity.voice", capacity.voice(), 0, 1);
                range(field + ".capacity.total", capacity.total(), 1, 100);
            }
            if (group.staffed() == null || group.staffed().size() != intervals) {
                throw new InvalidRequestException(field + ".staffed", "must have one entry per interval (" + intervals + ")");
            }
            int most = 0;
            for (Integer staffed : group.staffed()) {
                if (staffed == null || staffed < 0) {
                    throw new InvalidRequestException(field + ".staffed", "must be counts of 0 or more");
                }
                most = Math.max(most, staffed);
            }
            agents += most;
        }
        if (agents > MAX_AGENTS) {
            throw new InvalidRequestException("agentGroups", "may staff at most " + MAX_AGENTS + " agents in all");
        }
    }

    private static void range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidRequestException(field, "must be between " + min + " and " + max);
        }
    }

    private static void positive(String field, double value) {
        if (!(value > 0 && value <= MAX_SECONDS)) {
            throw new InvalidRequestException(field, "must be more than 0 and at most " + MAX_SECONDS);
        }
    }
}
