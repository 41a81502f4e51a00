namespace Bittensor.Sdk.Axons;

/// <summary>Axon server settings. Each property gives its unit and default.</summary>
public sealed class AxonOptions
{
    /// <summary>Address to bind; default <c>0.0.0.0</c> (all IPv4 interfaces, as upstream). Tests use <c>127.0.0.1</c>.</summary>
    public string Host { get; set; } = "0.0.0.0";

    /// <summary>TCP port to bind; default 8091 (<c>BT_AXON_PORT</c> upstream). 0 picks a free port.</summary>
    public int Port { get; set; } = 8091;

    /// <summary>Address published in <see cref="Axon.Info"/> (behind NAT); default null = the bound host.</summary>
    public string? ExternalIp { get; set; }

    /// <summary>Port published in <see cref="Axon.Info"/>; default null = the bound port.</summary>
    public int? ExternalPort { get; set; }

    /// <summary>Largest request body in bytes; larger requests get 413. Default 4 MiB.</summary>
    public long MaxRequestBodyBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Requests handled at once; more get 503 at once. Default 128.</summary>
    public int MaxConcurrentRequests { get; set; } = 128;

    /// <summary>Upper bound on a request's own timeout, in seconds; default 120.</summary>
    public double MaxTimeoutSeconds { get; set; } = 120;

    /// <summary>Allowed age of a first-seen nonce beyond the request timeout; default 4 s (upstream <c>ALLOWED_DELTA</c>).</summary>
    public TimeSpan AllowedNonceDelta { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>Which requests share a nonce sequence; default <see cref="NonceScope.Hotkey"/>.</summary>
    public NonceScope NonceScope { get; set; } = NonceScope.Hotkey;

    /// <summary>Nonce history entries kept (the oldest are evicted, and raise the floor for new keys); default 100 000.</summary>
    public int NonceCapacity { get; set; } = 100_000;

    /// <summary>File that keeps the nonce history across restarts; default null = memory only.</summary>
    public string? NonceStorePath { get; set; }
}
