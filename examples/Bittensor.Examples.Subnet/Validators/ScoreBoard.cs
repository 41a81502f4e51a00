namespace Bittensor.Examples.Subnet.Validators;

/// <summary>
/// Per-uid exponential moving averages of round scores: <c>ema ← α·score + (1 − α)·ema</c>, starting from 0. A uid
/// whose hotkey changed (deregistered and reused) starts again from 0, and uids that left the subnet are dropped.
/// </summary>
public sealed class ScoreBoard(double alpha = ScoreBoard.DefaultAlpha)
{
    /// <summary>Weight of the newest round: about five rounds (ten blocks, one short epoch) reach 80 % of a new level.</summary>
    public const double DefaultAlpha = 0.3;

    private readonly Dictionary<ushort, (string Hotkey, double Ema)> _scores = [];

    public double Alpha { get; } = alpha is > 0 and <= 1 ? alpha : throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "alpha must be in (0, 1]");

    /// <summary>The current averages by uid.</summary>
    public IReadOnlyDictionary<ushort, double> Scores => _scores.ToDictionary(kv => kv.Key, kv => kv.Value.Ema);

    /// <summary>Folds one round's score into the uid's average and returns the new average.</summary>
    public double Update(ushort uid, string hotkey, double score)
    {
        ArgumentNullException.ThrowIfNull(hotkey);
        if (!double.IsFinite(score) || score < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, "a score is a finite non-negative number");
        }

        double previous = _scores.TryGetValue(uid, out (string Hotkey, double Ema) old) && old.Hotkey == hotkey ? old.Ema : 0;
        double next = (Alpha * score) + ((1 - Alpha) * previous);
        _scores[uid] = (hotkey, next);
        return next;
    }

    /// <summary>Drops uids not in <paramref name="present"/>.</summary>
    public void Retain(IReadOnlySet<ushort> present)
    {
        ArgumentNullException.ThrowIfNull(present);
        foreach (ushort uid in _scores.Keys.Where(u => !present.Contains(u)).ToList())
        {
            _scores.Remove(uid);
        }
    }
}
