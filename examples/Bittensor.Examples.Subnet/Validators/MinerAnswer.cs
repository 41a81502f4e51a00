namespace Bittensor.Examples.Subnet.Validators;

/// <summary>One query's outcome: whether the miner answered, whether the answer matched the label, and how long it took.</summary>
public readonly record struct MinerAnswer(bool Answered, bool Correct, double LatencySeconds);
