namespace Bittensor.Sdk.Synapses;

/// <summary>The bittensor SDK version this implementation speaks for (v10.2.0 wire protocol).</summary>
public static class SdkVersion
{
    /// <summary>Major version.</summary>
    public const int Major = 10;

    /// <summary>Minor version.</summary>
    public const int Minor = 2;

    /// <summary>Patch version.</summary>
    public const int Patch = 0;

    /// <summary>bittensor <c>version_as_int</c> = major·10⁶ + minor·10³ + patch (10002000).</summary>
    public const long AsInt = (Major * 1_000_000L) + (Minor * 1_000L) + Patch;

    /// <summary>The first version with the time-window nonce rule (v7.2.0; axon.py <c>V_7_2_0</c>).</summary>
    public const long NonceWindowVersion = 7_002_000;
}
