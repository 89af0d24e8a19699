package dev.frontline.conversations;

import java.util.UUID;

/** A named inbox filter and order; personal to its owner, or shared with the whole workspace. */
public record SavedView(UUID id, String name, boolean shared, UUID ownerId, InboxFilter filters, InboxSort sort) {
}
