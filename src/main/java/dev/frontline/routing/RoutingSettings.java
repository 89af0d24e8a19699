package dev.frontline.routing;

import dev.frontline.audit.AuditTrail;
import dev.frontline.conversations.ConversationId;
import dev.frontline.conversations.InboxDirectory;
import dev.frontline.identity.Directory;
import dev.frontline.routing.internal.ItemStore;
import dev.frontline.routing.internal.ProfileStore;
import dev.frontline.routing.internal.QueueStore;
import dev.frontline.routing.internal.Queueing;
import dev.frontline.shared.Caller;
import dev.frontline.shared.ConflictException;
import dev.frontline.shared.Ids;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Role;
import dev.frontline.shared.UnprocessableException;
import dev.frontline.shared.UserId;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administration of routing: queues, their ordered rules (and which queue a sample conversation would
 * go to, and why) and agents' routing profiles. Reading is for supervisors; changing is for admins, audited.
 */
@Service
public class RoutingSettings {

    static final Set<String> CHANNELS = Set.of("chat", "email", "sms", "whatsapp", "messenger", "voice", "api");
    private static final Pattern TIER = Pattern.compile("[a-z0-9_-]{1,20}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{2,8})*");

    private final QueueStore queues;
    private final ProfileStore profiles;
    private final ItemStore items;
    private final Queueing queueing;
    private final RuleConditions conditions;
    private final Directory directory;
    private final InboxDirectory inboxes;
    private final AuditTrail audit;
    private final Clock clock;

    RoutingSettings(QueueStore queues, ProfileStore profiles, ItemStore items, Queueing queueing, RuleConditions conditions,
                    Directory directory, InboxDirectory inboxes, AuditTrail audit, Clock clock) {
        this.queues = queues;
        this.profiles = profiles;
        this.items = items;
        this.queueing = queueing;
        this.conditions = conditions;
        this.directory = directory;
        this.inboxes = inboxes;
        this.audit = audit;
        this.clock = clock;
    }

    /** The workspace's queues, the default one (created if missing) first. */
    @Transactional
    public List<RoutingQueue> queues(Caller caller) {
        caller.require(Role.SUPERVISOR);
        queues.defaultQueue(caller.workspaceId());
        return queues.queues(caller.workspaceId());
    }

    @Transactional
    public RoutingQueue createQueue(Caller caller, RoutingQueue draft) {
        caller.require(Role.ADMIN);
        RoutingQueue queue = checked(caller, new RoutingQueue(Ids.newId(), draft.name(), draft.teamId(), draft.inboxId(),
                draft.requiredSkill(), draft.minProficiency(), draft.offerTimeoutSeconds(), draft.isDefault(), draft.push(),
                draft.stickyWindowSeconds(), draft.agentSelection(), draft.expansion()));
        queues.insert(caller.workspaceId(), queue, clock.instant());
        audit.record(caller, "routing.queue_created", "routing_queue", queue.id(), Map.of("name", queue.name()));
        return queue;
    }

    @Transactional
    public RoutingQueue updateQueue(Caller caller, RoutingQueue changed) {
        caller.require(Role.ADMIN);
        RoutingQueue current = queues.queue(caller.workspaceId(), changed.id())
                .orElseThrow(() -> new NotFoundException("Queue", changed.id()));
        if (current.isDefault() && !changed.isDefault()) {
            throw new UnprocessableException("Make another queue the default instead.");
        }
        RoutingQueue queue = checked(caller, changed);
        queues.update(caller.workspaceId(), queue);
        audit.record(caller, "routing.queue_updated", "routing_queue", queue.id(), Map.of("name", queue.name()));
        return queue;
    }

    @Transactional
    public void deleteQueue(Caller caller, UUID id) {
        caller.require(Role.ADMIN);
        RoutingQueue queue = queues.queue(caller.workspaceId(), id).orElseThrow(() -> new NotFoundException("Queue", id));
        if (queue.isDefault()) {
            throw new UnprocessableException("The default queue cannot be deleted.");
        }
        if (items.anyIn(caller.workspaceId(), id)) {
            throw new ConflictException("Conversations are waiting in this queue.");
        }
        queues.delete(caller.workspaceId(), id);
        audit.record(caller, "routing.queue_deleted", "routing_queue", id, Map.of("name", queue.name()));
    }

    private RoutingQueue checked(Caller caller, RoutingQueue queue) {
        String name = queue.name() == null ? "" : queue.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new InvalidRequestException("name", "must be 1 to 200 characters");
        }
        if (queue.teamId() != null && !directory.teamExists(caller.workspaceId(), queue.teamId())) {
            throw new UnprocessableException("Team " + queue.teamId() + " does not exist.");
        }
        if (queue.inboxId() != null && inboxes.find(caller.workspaceId(), queue.inboxId()).isEmpty()) {
            throw new UnprocessableException("Inbox " + queue.inboxId() + " does not exist.");
        }
        String skill = skillName("requiredSkill", queue.requiredSkill());
        if (queue.minProficiency() < 1 || queue.minProficiency() > 5) {
            throw new InvalidRequestException("minProficiency", "must be between 1 and 5");
        }
        if (queue.offerTimeoutSeconds() != null && (queue.offerTimeoutSeconds() < 5 || queue.offerTimeoutSeconds() > 600)) {
            throw new InvalidRequestException("offerTimeoutSeconds", "must be between 5 and 600");
        }
        if (queue.stickyWindowSeconds() < 0 || queue.stickyWindowSeconds() > 30 * 86_400) {
            throw new InvalidRequestException("stickyWindowSeconds", "must be between 0 and 2592000 (30 days)");
        }
        checkExpansion(caller, queue);
        return new RoutingQueue(queue.id(), name, queue.teamId(), queue.inboxId(), skill, queue.minProficiency(),
                queue.offerTimeoutSeconds(), queue.isDefault(), queue.push(), queue.stickyWindowSeconds(),
                queue.agentSelection(), queue.expansion());
    }

    private void checkExpansion(Caller caller, RoutingQueue queue) {
        RoutingQueue.Expansion expansion = queue.expansion();
        if ((expansion.afterSeconds() == null) != (expansion.minProficiency() == null)) {
            throw new InvalidRequestException("expansion.afterSeconds", "give afterSeconds and minProficiency together");
        }
        if (expansion.minProficiency() != null && (expansion.minProficiency() < 1 || expansion.minProficiency() > 5)) {
            throw new InvalidRequestException("expansion.minProficiency", "must be between 1 and 5");
        }
        if ((expansion.overflowAfterSeconds() == null) != (expansion.overflowQueueId() == null)) {
            throw new InvalidRequestException("expansion.overflowAfterSeconds", "give overflowAfterSeconds and overflowQueueId together");
        }
        if (expansion.overflowQueueId() != null && (expansion.overflowQueueId().equals(queue.id())
                || queues.queue(caller.workspaceId(), expansion.overflowQueueId()).isEmpty())) {
            throw new UnprocessableException("Overflow queue " + expansion.overflowQueueId() + " does not exist or is this queue.");
        }
    }

    @Transactional(readOnly = true)
    public List<RoutingRule> rules(Caller caller) {
        caller.require(Role.SUPERVISOR);
        return queues.rules(caller.workspaceId());
    }

    @Transactional
    public RoutingRule createRule(Caller caller, RoutingRule draft) {
        caller.require(Role.ADMIN);
        RoutingRule rule = checked(caller, new RoutingRule(Ids.newId(), draft.queueId(), draft.position(), draft.channel(),
                draft.inboxId(), draft.language(), draft.tag(), draft.priority(), draft.tier(), draft.attributes()));
        queues.insert(caller.workspaceId(), rule);
        audit.record(caller, "routing.rule_created", "routing_rule", rule.id(), Map.of("queueId", rule.queueId()));
        return rule;
    }

    @Transactional
    public RoutingRule updateRule(Caller caller, RoutingRule changed) {
        caller.require(Role.ADMIN);
        queues.rule(caller.workspaceId(), changed.id()).orElseThrow(() -> new NotFoundException("Rule", changed.id()));
        RoutingRule rule = checked(caller, changed);
        queues.update(caller.workspaceId(), rule);
        audit.record(caller, "routing.rule_updated", "routing_rule", rule.id(), Map.of("queueId", rule.queueId()));
        return rule;
    }

    @Transactional
    public void deleteRule(Caller caller, UUID id) {
        caller.require(Role.ADMIN);
        if (!queues.deleteRule(caller.workspaceId(), id)) {
            throw new NotFoundException("Rule", id);
        }
        audit.record(caller, "routing.rule_deleted", "routing_rule", id, Map.of());
    }

    private RoutingRule checked(Caller caller, RoutingRule rule) {
        if (queues.queue(caller.workspaceId(), rule.queueId()).isEmpty()) {
            throw new UnprocessableException("Queue " + rule.queueId() + " does not exist.");
        }
        if (rule.position() < 0 || rule.position() > 10_000) {
            throw new InvalidRequestException("position", "must be between 0 and 10000");
        }
        String channel = rule.channel() == null ? null : rule.channel().strip().toLowerCase(Locale.ROOT);
        if (channel != null && !CHANNELS.contains(channel)) {
            throw new InvalidRequestException("channel", "must be one of " + String.join(", ", CHANNELS.stream().sorted().toList()));
        }
        if (rule.inboxId() != null && inboxes.find(caller.workspaceId(), rule.inboxId()).isEmpty()) {
            throw new UnprocessableException("Inbox " + rule.inboxId() + " does not exist.");
        }
        String tag = rule.tag() == null || rule.tag().isBlank() ? null : rule.tag().strip().toLowerCase(Locale.ROOT);
        if (tag != null && tag.length() > 100) {
            throw new InvalidRequestException("tag", "must be at most 100 characters");
        }
        return new RoutingRule(rule.id(), rule.queueId(), rule.position(), channel, rule.inboxId(),
                language("language", rule.language()), tag, rule.priority(), tier("tier", rule.tier()),
                conditions.attributes(caller.workspaceId(), rule.attributes()));
    }

    /** Which queue this sample conversation would go to, and why. */
    @Transactional
    public QueueMatch test(Caller caller, SampleConversation sample) {
        caller.require(Role.SUPERVISOR);
        return queueing.match(caller.workspaceId(), new SampleConversation(
                sample.channel() == null ? null : sample.channel().toLowerCase(Locale.ROOT), sample.inboxId(),
                language("language", sample.language()),
                sample.tags().stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet()),
                sample.priority(), tier("tier", sample.tier()), sample.attributes()));
    }

    /** Which queue this existing conversation would go to if it were queued now, and why (its own channel, tier, attributes...). */
    @Transactional
    public QueueMatch test(Caller caller, ConversationId conversation) {
        caller.require(Role.SUPERVISOR);
        return queueing.match(caller.workspaceId(), conversation);
    }

    /** Every member's routing profile (the default for members who have none yet). */
    @Transactional(readOnly = true)
    public List<RoutingProfile> profiles(Caller caller) {
        caller.require(Role.SUPERVISOR);
        Map<UserId, RoutingProfile> stored = profiles.all(caller.workspaceId());
        return directory.members(caller.workspaceId()).stream()
                .map(member -> stored.getOrDefault(member.id(), RoutingProfile.defaultFor(member.id())))
                .toList();
    }

    /** A member's own profile, or anyone's for supervisors. */
    @Transactional(readOnly = true)
    public RoutingProfile profile(Caller caller, UserId user) {
        if (!user.equals(caller.userId())) {
            caller.require(Role.SUPERVISOR);
        }
        directory.member(caller.workspaceId(), user).orElseThrow(() -> new NotFoundException("User", user));
        return profiles.find(caller.workspaceId(), user).orElseGet(() -> RoutingProfile.defaultFor(user));
    }

    @Transactional
    public RoutingProfile saveProfile(Caller caller, RoutingProfile profile) {
        caller.require(Role.ADMIN);
        directory.member(caller.workspaceId(), profile.userId()).orElseThrow(() -> new NotFoundException("User", profile.userId()));
        Map<String, Integer> skills = new LinkedHashMap<>();
        profile.skills().forEach((name, level) -> {
            if (level == null || level < 1 || level > 5) {
                throw new InvalidRequestException("skills", "proficiency must be between 1 and 5");
            }
            String skill = skillName("skills", name);
            if (skill == null) {
                throw new InvalidRequestException("skills", "names must not be blank");
            }
            skills.put(skill, level);
        });
        if (skills.size() > 50) {
            throw new InvalidRequestException("skills", "must be at most 50");
        }
        Set<String> languages = new java.util.TreeSet<>();
        profile.languages().forEach(language -> languages.add(language("languages", language)));
        RoutingProfile.Capacity c = profile.capacity();
        range("capacity.chat", c.chat(), 1, 10);
        range("capacity.email", c.email(), 0, 50);
        range("capacity.messaging", c.messaging(), 0, 50);
        range("capacity.voice", c.voice(), 0, 1);
        range("capacity.total", c.total(), 1, 100);
        RoutingProfile saved = new RoutingProfile(profile.userId(), skills, languages, c, profile.autoAccept(),
                profile.chatDuringCalls());
        profiles.save(caller.workspaceId(), saved);
        audit.record(caller, "routing.profile_updated", "user", profile.userId(),
                Map.of("skills", skills, "languages", languages, "capacity", c, "autoAccept", profile.autoAccept(),
                        "chatDuringCalls", profile.chatDuringCalls()));
        return saved;
    }

    private static void range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidRequestException(field, "must be between " + min + " and " + max);
        }
    }

    private static @Nullable String skillName(String field, @Nullable String skill) {
        if (skill == null || skill.isBlank()) {
            return null;
        }
        String name = skill.strip().toLowerCase(Locale.ROOT);
        if (name.length() > 100 || name.contains(",")) {
            throw new InvalidRequestException(field, "skill names are at most 100 characters, without commas");
        }
        return name;
    }

    /** Tiers are free-form words on contacts (standard, vip, ...); compared without case. */
    private static @Nullable String tier(String field, @Nullable String tier) {
        if (tier == null || tier.isBlank()) {
            return null;
        }
        String name = tier.strip().toLowerCase(Locale.ROOT);
        if (!TIER.matcher(name).matches()) {
            throw new InvalidRequestException(field, "must be 1 to 20 of a-z, 0-9, _ and - (as contacts' tiers are)");
        }
        return name;
    }

    private static @Nullable String language(String field, @Nullable String language) {
        if (language == null || language.isBlank()) {
            return null;
        }
        String tag = language.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGE.matcher(tag).matches()) {
            throw new InvalidRequestException(field, "must be a language tag such as en or zh-hant");
        }
        return tag;
    }
}
