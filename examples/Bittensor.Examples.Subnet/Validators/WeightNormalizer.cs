namespace Bittensor.Examples.Subnet.Validators;

/// <summary>
/// Turns scores into the weight vector a validator submits: positive scores only, in uid order, summing to 1, no
/// weight above the subnet's max weight (excess is shared among the rest in proportion, as bittensor's
/// <c>normalize_max_weight</c> caps and rescales).
/// </summary>
public static class WeightNormalizer
{
    /// <summary>The normalised weights; empty when no score is positive.</summary>
    public static (ushort[] Uids, float[] Weights) Normalize(IReadOnlyDictionary<ushort, double> scores, double maxWeight = 1.0)
    {
        ArgumentNullException.ThrowIfNull(scores);
        if (!(maxWeight > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(maxWeight), maxWeight, "the max weight must be positive");
        }

        KeyValuePair<ushort, double>[] positive = [.. scores.Where(kv => kv.Value > 0 && double.IsFinite(kv.Value)).OrderBy(kv => kv.Key)];
        if (positive.Length == 0)
        {
            return ([], []);
        }

        double[] w = [.. positive.Select(kv => kv.Value)];
        if (positive.Length * maxWeight <= 1)
        {
            // The cap cannot be met by anything but equal weights.
            Array.Fill(w, 1.0 / w.Length);
        }
        else
        {
            Scale(w);
            bool[] capped = new bool[w.Length];
            for (int round = 0; round < w.Length && w.Any(x => x > maxWeight + 1e-12); round++)
            {
                for (int i = 0; i < w.Length; i++)
                {
                    capped[i] |= w[i] > maxWeight;
                }

                double free = 1 - (capped.Count(c => c) * maxWeight);
                double freeSum = w.Where((_, i) => !capped[i]).Sum();
                for (int i = 0; i < w.Length; i++)
                {
                    w[i] = capped[i] ? maxWeight : w[i] / freeSum * free;
                }
            }
        }

        return ([.. positive.Select(kv => kv.Key)], [.. w.Select(x => (float)x)]);
    }

    private static void Scale(double[] w)
    {
        double sum = w.Sum();
        for (int i = 0; i < w.Length; i++)
        {
            w[i] /= sum;
        }
    }
}
