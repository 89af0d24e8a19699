/**
 * Routing: places waiting conversations in queues by ordered rules, and offers each to one eligible
 * available agent with free capacity on its channel (push), or hands an agent the best item on request
 * (pull). Owns queues, rules, agents' routing profiles, the waiting items and the record of every offer;
 * publishes {@link dev.frontline.routing.RoutingOfferCreated} and the other offer outcomes. Listens to
 * {@code conversations} and {@code presence} events and assigns (and adds transfer notes) through
 * {@code conversations}' API. Transfers, sticky routing, agent selection and expansion steps are the second slice.
 */
@NullMarked
package dev.frontline.routing;

import org.jspecify.annotations.NullMarked;
