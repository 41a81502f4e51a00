namespace Bittensor.Runtime.Tests.Swap;

/// <summary>An issuance anywhere from 0 to just past the supply cap.</summary>
public readonly record struct Issuance(ulong Value);
