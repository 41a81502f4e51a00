namespace Bittensor.Sdk.Epistula;

/// <summary>Epistula verification settings. Each property gives its unit and default.</summary>
public sealed class EpistulaVerifierOptions
{
    /// <summary>Oldest accepted request age; default 8 s (atom's <c>ALLOWED_DELTA_MS</c> = 8000).</summary>
    public TimeSpan AllowedDelta { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>How far in the future a timestamp may be (clock skew); default 8 s. atom has no such check.</summary>
    public TimeSpan MaxFutureSkew { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>When set, requests must be signed for this SS58 address (this server's hotkey); default null.</summary>
    public string? RequiredSignedFor { get; set; }

    /// <summary>Reject a uuid seen before within the allowed window (atom has no replay check); default true.</summary>
    public bool RejectReplays { get; set; } = true;

    /// <summary>Most uuids remembered for replay checks; the oldest are forgotten first. Default 100 000.</summary>
    public int ReplayCacheCapacity { get; set; } = 100_000;
}
