package dev.frontline.routing.web;

import dev.frontline.routing.simulation.Scenario;
import dev.frontline.routing.simulation.SimulationReport;
import dev.frontline.routing.simulation.Simulations;
import dev.frontline.shared.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/routing/simulations}: replays a scenario through the routing decisions, answers per-interval results. */
@RestController
class SimulationController {

    private final Simulations simulations;

    SimulationController(Simulations simulations) {
        this.simulations = simulations;
    }

    @PostMapping("/api/v1/routing/simulations")
    SimulationReport simulate(@AuthenticationPrincipal Caller caller, @RequestBody Scenario scenario) {
        return simulations.run(caller, scenario);
    }
}
