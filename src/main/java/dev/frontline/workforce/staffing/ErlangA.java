package dev.frontline.workforce.staffing;

import dev.frontline.shared.queueing.Erlang;

import dev.frontline.shared.UnprocessableException;
import java.util.Arrays;

/**
 * Erlang A (M/M/N+M, Palm's model): Poisson arrivals at rate λ, exponential handle times (rate μ per agent) and
 * exponential patience (rate θ), so a waiting contact abandons when its patience runs out. Stable at any load,
 * and it turns into Erlang C as patience grows. Computed exactly from the birth-death chain, in log space:
 * states below N carry the mass {@code 1/B − 1} relative to state N (B is Erlang B), state N+j the weight
 * {@code Π_{i≤j} λ / (Nμ + iθ)}; the queue is summed until the weights are negligible.
 *
 * <p>A contact that arrives behind j others waits at position k = j+1. Every position is left at rate
 * Nμ + kθ, towards the agent at rate Nμ + (k−1)θ (service, or an abandon ahead) and out at rate θ (its own
 * abandon), so it is answered with probability {@code Nμ / (Nμ + kθ)}, after a wait whose distribution, given
 * answered, is a sum of exponentials with rates Nμ + iθ, i = 1..k: its distribution function is the
 * regularized incomplete beta {@code I_x(k, Nμ/θ + 1)} with {@code x = 1 − e^{−θT}}.
 *
 * <p>Service level here is answered within T over offered (abandons count against it); speed of answer is
 * the mean wait of answered contacts; occupancy is the carried load (answered contacts only) over N.
 */
public record ErlangA(double arrivalsPerSecond, double handleSeconds, double patienceSeconds, double answerWithinSeconds)
        implements QueueModel {

    /** Queue lengths summed at most; past this the load is absurdly beyond the agents. */
    static final int MAX_QUEUE_STATES = 2_000_000;
    /** Weights this far (natural log) below the largest are dropped: e^−45 ≈ 3·10^−20. */
    private static final double NEGLIGIBLE = 45;

    @Override
    public double erlangs() {
        return arrivalsPerSecond * handleSeconds;
    }

    @Override
    public Performance withAgents(int agents) {
        if (arrivalsPerSecond == 0) {
            return new Performance(agents, 1, 0, 0.0, 0, 0.0);
        }
        if (agents == 0) {
            return new Performance(0, 0, 1, null, 0, 1.0);
        }
        double serviceRate = agents / handleSeconds;
        double abandonRate = 1 / patienceSeconds;
        double[] queueWeights = logQueueWeights(serviceRate, abandonRate);
        double logInverseBlocking = Erlang.logInverseBlocking(erlangs(), agents);
        double logBelow = logInverseBlocking + Math.log(-Math.expm1(-logInverseBlocking));
        double logTotal = logSumExp(logBelow, queueWeights);

        AnsweredWithin answeredWithin = new AnsweredWithin(serviceRate, abandonRate, answerWithinSeconds);
        double waiting = 0;
        double abandoned = 0;
        double answeredAfterWaiting = 0;
        double answeredWithinThreshold = 0;
        double waitOfAnswered = 0;
        double meanStageWait = 0;
        for (int j = 0; j < queueWeights.length; j++) {
            int position = j + 1;
            double probability = Math.exp(queueWeights[j] - logTotal);
            double answered = serviceRate / (serviceRate + position * abandonRate);
            meanStageWait += 1 / (serviceRate + position * abandonRate);
            waiting += probability;
            abandoned += probability * (1 - answered);
            answeredAfterWaiting += probability * answered;
            answeredWithinThreshold += probability * answered * answeredWithin.next();
            waitOfAnswered += probability * answered * meanStageWait;
        }
        double answeredAtOnce = Math.exp(logBelow - logTotal);
        return new Performance(agents, answeredAtOnce + answeredWithinThreshold, waiting,
                waitOfAnswered / (answeredAtOnce + answeredAfterWaiting), erlangs() * (1 - abandoned) / agents, abandoned);
    }

    /** ln of each queue state's weight relative to state N, as far as they matter. */
    private double[] logQueueWeights(double serviceRate, double abandonRate) {
        double logArrivals = Math.log(arrivalsPerSecond);
        double[] weights = new double[64];
        double largest = 0;
        double weight = 0;
        int count = 0;
        for (int j = 0; ; j++) {
            if (j > 0) {
                weight += logArrivals - Math.log(serviceRate + j * abandonRate);
            }
            boolean stillGrowing = arrivalsPerSecond >= serviceRate + j * abandonRate;
            if (!stillGrowing && weight < largest - NEGLIGIBLE) {
                return Arrays.copyOf(weights, count);
            }
            if (count == MAX_QUEUE_STATES) {
                throw new UnprocessableException("The load is too far beyond " + (int) Math.round(serviceRate * handleSeconds)
                        + " agents to evaluate with this patience.");
            }
            if (count == weights.length) {
                weights = Arrays.copyOf(weights, count * 2);
            }
            weights[count++] = weight;
            largest = Math.max(largest, weight);
        }
    }

    private static double logSumExp(double first, double[] rest) {
        double largest = first;
        for (double value : rest) {
            largest = Math.max(largest, value);
        }
        double sum = Math.exp(first - largest);
        for (double value : rest) {
            sum += Math.exp(value - largest);
        }
        return largest + Math.log(sum);
    }

    /**
     * {@code I_x(k, b)} for k = 1, 2, … in turn, by {@code I_x(k+1, b) = I_x(k, b) − t_k} with
     * {@code t_k = x^k (1−x)^b / (k·B(k, b))} kept as a logarithm, so a large b (many agents, long patience)
     * neither underflows nor loses the sum.
     */
    private static final class AnsweredWithin {

        private final double logX;
        private final double b;
        private double value;
        private double logTerm;
        private int k;

        AnsweredWithin(double serviceRate, double abandonRate, double thresholdSeconds) {
            this.b = serviceRate / abandonRate + 1;
            double x = -Math.expm1(-abandonRate * thresholdSeconds);
            this.logX = Math.log(x);
            this.value = -Math.expm1(-(serviceRate + abandonRate) * thresholdSeconds);
            this.logTerm = Math.log(b) + logX - (serviceRate + abandonRate) * thresholdSeconds;
        }

        /** The next k's value, starting with k = 1. */
        double next() {
            if (k++ > 0) {
                value = Math.max(0, value - Math.exp(logTerm));
                logTerm += logX + Math.log((k - 1 + b) / k);
            }
            return value;
        }
    }
}
