package dev.frontline.routing.simulation;

import dev.frontline.routing.RoutingProperties;
import dev.frontline.shared.Caller;
import dev.frontline.shared.ConflictException;
import dev.frontline.shared.Role;
import java.util.concurrent.Semaphore;
import org.springframework.stereotype.Service;

/**
 * Runs simulations for supervisors and admins (workforce planners check staffing plans with them). A run
 * reads and writes nothing shared, so any node can take it; each node runs at most one per core at a time
 * and answers 409 past that, so planners cannot starve the agents' requests of CPU. Runs use this installation's
 * routing settings (work order steps, default handle time), as the live engine does.
 */
@Service
public class Simulations {

    private final Semaphore running = new Semaphore(Runtime.getRuntime().availableProcessors());
    private final RoutingProperties properties;

    Simulations(RoutingProperties properties) {
        this.properties = properties;
    }

    public SimulationReport run(Caller caller, Scenario scenario) {
        caller.require(Role.SUPERVISOR);
        if (!running.tryAcquire()) {
            throw new ConflictException("Other simulations are running on this server; try again in a few seconds.");
        }
        try {
            return Simulator.run(scenario, properties);
        } finally {
            running.release();
        }
    }
}
