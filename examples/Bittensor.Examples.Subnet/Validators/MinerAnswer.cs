namespace Bittensor.Examples.Subnet.Validators;

/// <summary>
/// One query's outcome: whether the miner answered, whether the answer matched the label, how long it took, and the
/// spam probability it returned (null when it did not answer).
/// </summary>
public readonly record struct MinerAnswer(bool Answered, bool Correct, double LatencySeconds, double? Probability = null);
