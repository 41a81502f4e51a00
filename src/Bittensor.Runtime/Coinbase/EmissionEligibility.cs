namespace Bittensor.Runtime.Coinbase;

/// <summary>The storage that decides whether a subnet receives emission this block.</summary>
/// <param name="NetUid">The subnet.</param>
/// <param name="FirstEmissionBlockNumber"><c>FirstEmissionBlockNumber</c>, <see langword="null"/> until <c>start_call</c>.</param>
/// <param name="SubtokenEnabled"><c>SubtokenEnabled</c>.</param>
/// <param name="NetworkRegistrationAllowed"><c>NetworkRegistrationAllowed</c>.</param>
public readonly record struct EmissionEligibility(ushort NetUid, ulong? FirstEmissionBlockNumber, bool SubtokenEnabled, bool NetworkRegistrationAllowed);
