/**
 * Routing: places waiting conversations in queues by ordered rules, and offers each to one eligible
 * available agent with free capacity on its channel (push), or hands an agent the best item on request
 * (pull). Owns queues, rules, agents' routing profiles, the waiting items and the record of every offer;
 * publishes {@link dev.frontline.routing.RoutingOfferCreated} and the other offer outcomes. Listens to
 * {@code conversations} and {@code presence} events and assigns (and adds transfer notes) through
 * {@code conversations}' API. Also transfers and supervisors' reassignments (publishing
 * {@link dev.frontline.conversations.ConversationTransferred}), the supervisor's live view of agents and queued
 * conversations, auto-accept and after-call work of a set length.
 */
@NullMarked
package dev.frontline.routing;

import org.jspecify.annotations.NullMarked;
