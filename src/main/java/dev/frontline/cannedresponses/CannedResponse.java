package dev.frontline.cannedresponses;

import java.util.UUID;

/** A prepared reply; {@code shortcut} is unique among the shared ones and among each owner's personal ones. */
public record CannedResponse(UUID id, String shortcut, String title, String body, boolean shared, UUID ownerId) {
}
