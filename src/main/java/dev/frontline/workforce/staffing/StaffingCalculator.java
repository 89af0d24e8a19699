package dev.frontline.workforce.staffing;

import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.UnprocessableException;

/**
 * Answers a staffing question: evaluates the scheduled agents (those on line after shrinkage), or finds the
 * fewest agents on line that meet the target and schedules them. Service level rises and speed of answer and
 * occupancy fall as agents are added, so the search doubles from a lower bound and then bisects.
 */
public final class StaffingCalculator {

    private StaffingCalculator() {
    }

    public static StaffingResult answer(StaffingQuestion question, int scheduledAgents) {
        return StaffingResult.of(scheduledAgents, question.model().withAgents(question.onLine(scheduledAgents)));
    }

    public static StaffingResult fewestAgents(StaffingQuestion question, StaffingQuestion.Target target) {
        QueueModel model = question.model();
        if (model.erlangs() == 0) {
            return StaffingResult.of(0, model.withAgents(0));
        }
        if (model.erlangs() >= StaffingRequest.MAX_AGENTS) {
            throw unreachable();
        }
        Performance best = fewestOnLine(model, target);
        return StaffingResult.of(question.scheduled(best.agents()), best);
    }

    /**
     * Agents to schedule in each interval of a forecast: {@code plan} gives the handle time, threshold, target and
     * adjustments, each interval its own volume ({@code plan}'s {@code contacts} is ignored).
     */
    public static int[] agentsPerInterval(double[] contacts, StaffingRequest plan) {
        int[] agents = new int[contacts.length];
        for (int i = 0; i < contacts.length; i++) {
            StaffingQuestion question = plan.withContacts(contacts[i]).validate();
            if (question.target() == null) {
                throw new InvalidRequestException("agents", "a plan needs a target, not agents");
            }
            agents[i] = fewestAgents(question, question.target()).agents();
        }
        return agents;
    }

    private static Performance fewestOnLine(QueueModel model, StaffingQuestion.Target target) {
        int tooFew = lowerBound(model, target) - 1;
        int enough = tooFew + 1;
        Performance atEnough = model.withAgents(enough);
        while (!target.isMetBy(atEnough)) {
            if (enough >= StaffingRequest.MAX_AGENTS) {
                throw unreachable();
            }
            tooFew = enough;
            enough = (int) Math.min(StaffingRequest.MAX_AGENTS, 2L * enough);
            atEnough = model.withAgents(enough);
        }
        while (enough - tooFew > 1) {
            int middle = tooFew + (enough - tooFew) / 2;
            Performance atMiddle = model.withAgents(middle);
            if (target.isMetBy(atMiddle)) {
                enough = middle;
                atEnough = atMiddle;
            } else {
                tooFew = middle;
            }
        }
        return atEnough;
    }

    private static UnprocessableException unreachable() {
        return new UnprocessableException("The target cannot be reached with up to " + StaffingRequest.MAX_AGENTS + " agents.");
    }

    /** Fewer agents than this cannot meet any target: Erlang C needs more agents than Erlangs, an occupancy cap A / cap. */
    private static int lowerBound(QueueModel model, StaffingQuestion.Target target) {
        int bound = model instanceof ErlangC ? (int) Math.floor(model.erlangs()) + 1 : 1;
        if (target.maxOccupancy() != null && model instanceof ErlangC) {
            bound = Math.max(bound, (int) Math.ceil(model.erlangs() / target.maxOccupancy() - 1e-9));
        }
        return Math.max(1, Math.min(bound, StaffingRequest.MAX_AGENTS));
    }
}
