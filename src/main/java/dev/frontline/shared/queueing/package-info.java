/**
 * Queueing formulas (Erlang B and C) shared by routing's simulator, which prints them beside a simulation, and
 * workforce's staffing, which plans with them. Shared because workforce depends on routing, so routing cannot
 * use workforce's, and one implementation keeps both exact to the same digits.
 */
@NamedInterface("queueing")
@NullMarked
package dev.frontline.shared.queueing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
