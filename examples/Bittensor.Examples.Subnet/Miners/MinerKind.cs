namespace Bittensor.Examples.Subnet.Miners;

/// <summary>The miners this example runs, from best to worst (the validators should find the same order).</summary>
public enum MinerKind
{
    /// <summary>Naive Bayes on the full training split and vocabulary.</summary>
    Trained,

    /// <summary>The same model on a small sample with a tiny vocabulary: better than chance, clearly worse than trained.</summary>
    Weak,

    /// <summary>Answers at random (seeded).</summary>
    Lazy,

    /// <summary>Forwards each question to another miner and returns its answer (always slower than the original).</summary>
    Copier,
}
