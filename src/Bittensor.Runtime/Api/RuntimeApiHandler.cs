namespace Bittensor.Runtime.Api;

/// <summary>
/// Runs one runtime API method: decodes <paramref name="args"/> (the SCALE-encoded parameters of <c>state_call</c>) and
/// returns the SCALE-encoded result. Malformed or trailing argument bytes throw <see cref="FormatException"/>.
/// </summary>
public delegate byte[] RuntimeApiHandler(RuntimeApiCall call, ReadOnlySpan<byte> args);
