namespace Bittensor.Examples.Subnet.Model;

/// <summary>Receives one lower-cased token; the span is only valid during the call.</summary>
public delegate void TokenHandler(ReadOnlySpan<char> token);
