namespace Bittensor.Sdk.Epistula;

/// <summary>The outcome of verifying an Epistula request.</summary>
/// <param name="IsValid">True when every check passed.</param>
/// <param name="Error">Why it failed (atom's wording where it has one), or null.</param>
/// <param name="SignedBy">The sender's SS58 address as claimed.</param>
/// <param name="SignedFor">The receiver's SS58 address, if any.</param>
/// <param name="TimestampMs">The request time, milliseconds since the Unix epoch.</param>
/// <param name="Uuid">The request's uuid.</param>
public sealed record EpistulaVerification(bool IsValid, string? Error, string? SignedBy, string? SignedFor, long TimestampMs, string? Uuid)
{
    internal static EpistulaVerification Fail(string error, string? signedBy = null, string? signedFor = null, long timestampMs = 0, string? uuid = null) =>
        new(false, error, signedBy, signedFor, timestampMs, uuid);
}
