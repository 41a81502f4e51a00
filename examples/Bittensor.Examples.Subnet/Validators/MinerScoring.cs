namespace Bittensor.Examples.Subnet.Validators;

/// <summary>
/// A round's score for one miner: <c>skill × latency factor</c>.
/// <list type="bullet">
/// <item>skill = <c>max(0, 2·accuracy − 1)</c> on a balanced batch (half spam, half ham): guessing scores about 0, a
/// perfect classifier 1, so a lazy miner earns nothing for coin flips. An unanswered or failed query counts as wrong.</item>
/// <item>latency factor = <c>1 / (1 + mean latency / 100 ms)</c>: strictly decreasing, so a miner that forwards the
/// question to another (a copier: a second signed round trip) always scores below the one it copies.</item>
/// </list>
/// </summary>
public static class MinerScoring
{
    /// <summary>The latency at which the factor halves.</summary>
    public const double ReferenceLatencySeconds = 0.1;

    /// <summary>Chance-corrected accuracy on a balanced batch, in [0, 1].</summary>
    public static double Skill(int correct, int total)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(correct);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(correct, total);
        return total == 0 ? 0 : Math.Max(0, (2.0 * correct / total) - 1);
    }

    /// <summary>The latency factor in (0, 1].</summary>
    public static double LatencyFactor(double latencySeconds) =>
        1.0 / (1.0 + (Math.Max(0, latencySeconds) / ReferenceLatencySeconds));

    /// <summary>The round's score; no answers score 0.</summary>
    public static double RoundScore(IReadOnlyList<MinerAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (answers.Count == 0)
        {
            return 0;
        }

        int correct = answers.Count(a => a.Answered && a.Correct);
        double meanLatency = answers.Average(a => a.LatencySeconds);
        return Skill(correct, answers.Count) * LatencyFactor(meanLatency);
    }
}
