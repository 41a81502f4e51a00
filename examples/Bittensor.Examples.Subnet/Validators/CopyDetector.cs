namespace Bittensor.Examples.Subnet.Validators;

/// <summary>
/// Catches copies: two miners that return bit-identical probabilities for a whole batch run one model twice, or one
/// forwards to the other. The copy is the slower of the two, judged on the latency they have summed over every round
/// they answered identically (one round's timing is noise on a busy machine; a copy's extra round trip adds up), and
/// it scores 0 for the round.
/// </summary>
public sealed class CopyDetector
{
    private readonly Dictionary<(ushort Low, ushort High), (double Low, double High)> _latency = [];

    /// <summary>Zeroes in <paramref name="scores"/> the copy of each identical pair of this round's answers.</summary>
    public void Apply(IReadOnlyList<ushort> uids, IReadOnlyList<IReadOnlyList<MinerAnswer>> answers, double[] scores)
    {
        ArgumentNullException.ThrowIfNull(uids);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(scores);
        if (uids.Count != answers.Count || uids.Count != scores.Length)
        {
            throw new ArgumentException($"one answer list and score per uid: {uids.Count} uids, {answers.Count} answer lists, {scores.Length} scores");
        }

        for (int a = 0; a < uids.Count; a++)
        {
            for (int b = a + 1; b < uids.Count; b++)
            {
                if (!SameAnswers(answers[a], answers[b]))
                {
                    continue;
                }

                (int low, int high) = uids[a] < uids[b] ? (a, b) : (b, a);
                (ushort, ushort) key = (uids[low], uids[high]);
                (double Low, double High) sum = _latency.GetValueOrDefault(key);
                sum = (sum.Low + answers[low].Sum(x => x.LatencySeconds), sum.High + answers[high].Sum(x => x.LatencySeconds));
                _latency[key] = sum;
                if (sum.Low > sum.High)
                {
                    scores[low] = 0;
                }
                else if (sum.High > sum.Low)
                {
                    scores[high] = 0;
                }
            }
        }
    }

    /// <summary>True when both answered every question with the same probabilities.</summary>
    public static bool SameAnswers(IReadOnlyList<MinerAnswer> a, IReadOnlyList<MinerAnswer> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a.Count > 0 && a.Count == b.Count && a.Zip(b).All(p => p.First.Probability is double x && p.Second.Probability is double y && x.Equals(y));
    }
}
