package dev.frontline.sla.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.frontline.identity.WorkspaceProfiles;
import dev.frontline.realtime.LiveEvents;
import dev.frontline.shared.AfterCommit;
import dev.frontline.shared.WorkspaceId;
import dev.frontline.sla.BusinessCalendar;
import dev.frontline.sla.BusinessHours;
import dev.frontline.sla.WeeklyHours;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * {@link BusinessHours} from the database through a per-node cache. A change invalidates this node's
 * entries of the workspace once it commits, and sends a {@value #CHANGED} signal through
 * {@link LiveEvents}, which reaches every node (through {@code LISTEN}/{@code NOTIFY} on PostgreSQL) when
 * the change commits; each node then drops its entries of that workspace. The time-to-live bounds
 * how long a node that missed the signal (a dropped database connection) answers from an old calendar,
 * and how long a changed workspace time zone takes to reach the default calendar.
 */
@Service
public class BusinessCalendars implements BusinessHours {

    static final String CHANGED = "business_hours.changed";

    private record Key(WorkspaceId workspace, @Nullable UUID teamId) {
    }

    private final CalendarStore store;
    private final WorkspaceProfiles profiles;
    private final LiveEvents live;
    private final Cache<Key, StoredCalendar> cache;

    BusinessCalendars(CalendarStore store, WorkspaceProfiles profiles, LiveEvents live,
                      @Value("${frontline.business-hours.cache-ttl:PT1M}") Duration ttl) {
        this.store = store;
        this.profiles = profiles;
        this.live = live;
        this.cache = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(100_000).build();
        live.subscribe(committed -> {
            if (committed.type().equals(CHANGED)) {
                forget(committed.workspaceId());
            }
        });
    }

    @Override
    public BusinessCalendar calendar(WorkspaceId workspace, @Nullable UUID teamId) {
        return resolve(workspace, teamId).calendar();
    }

    @Override
    public boolean hoursChosen(WorkspaceId workspace, @Nullable UUID teamId) {
        return resolve(workspace, teamId).source() != StoredCalendar.Source.DEFAULT;
    }

    /** The calendar that applies to the workspace, or the team, and where it comes from. */
    public StoredCalendar resolve(WorkspaceId workspace, @Nullable UUID teamId) {
        return cache.get(new Key(workspace, teamId), key -> load(workspace, teamId));
    }

    /** Called in the transaction that changed the workspace's calendars (see the class comment). */
    void changed(WorkspaceId workspace, @Nullable UUID teamId) {
        AfterCommit.run(() -> forget(workspace));
        live.signal(workspace, CHANGED, teamId == null ? Map.of() : Map.of("teamId", teamId));
    }

    private void forget(WorkspaceId workspace) {
        cache.asMap().keySet().removeIf(key -> key.workspace().equals(workspace));
    }

    private StoredCalendar load(WorkspaceId workspace, @Nullable UUID teamId) {
        if (teamId != null) {
            Optional<CalendarStore.Hours> team = store.hours(workspace, teamId);
            if (team.isPresent()) {
                return new StoredCalendar(new BusinessCalendar(team.get().zone(), team.get().week(),
                        store.holidays(workspace, teamId)), StoredCalendar.Source.TEAM);
            }
        }
        UUID calendarId = workspace.value();
        Optional<CalendarStore.Hours> own = store.hours(workspace, calendarId);
        CalendarStore.Hours hours = own.orElseGet(() -> new CalendarStore.Hours(workspaceZone(workspace),
                WeeklyHours.officeHours()));
        return new StoredCalendar(new BusinessCalendar(hours.zone(), hours.week(), store.holidays(workspace, calendarId)),
                own.isPresent() ? StoredCalendar.Source.WORKSPACE : StoredCalendar.Source.DEFAULT);
    }

    private ZoneId workspaceZone(WorkspaceId workspace) {
        try {
            return ZoneId.of(profiles.profile(workspace).timezone());
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
