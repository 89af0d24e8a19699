package dev.frontline.knowledge;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A node of the workspace's category tree. */
public record KnowledgeCategory(UUID id, @Nullable UUID parentId, String name) {
}
