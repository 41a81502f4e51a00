namespace Bittensor.Sdk.Dendrites;

/// <summary>Dendrite client settings. Each property gives its unit and default.</summary>
public sealed class DendriteOptions
{
    /// <summary>Default query timeout in seconds when a call gives none; default 12 (upstream).</summary>
    public double DefaultTimeoutSeconds { get; set; } = 12.0;

    /// <summary>This node's external IP, sent as <c>bt_header_dendrite_ip</c>; a target with this IP is reached on loopback. Default null.</summary>
    public string? ExternalIp { get; set; }

    /// <summary>How response signatures are checked; default <see cref="ResponseVerification.Required"/>.</summary>
    public ResponseVerification ResponseVerification { get; set; } = ResponseVerification.Required;

    /// <summary>Largest non-streamed response body read, in bytes; default 16 MiB.</summary>
    public int MaxResponseBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Connections kept per axon; default 16.</summary>
    public int MaxConnectionsPerServer { get; set; } = 16;

    /// <summary>How long a pooled connection lives before it is replaced (DNS and load changes); default 5 minutes.</summary>
    public TimeSpan PooledConnectionLifetime { get; set; } = TimeSpan.FromMinutes(5);
}
