namespace Bittensor.Node.Metrics;

/// <summary>The <c>Prometheus</c> section: the metrics endpoint on 127.0.0.1 (<c>--prometheus-port</c>, <c>--no-prometheus</c>).</summary>
internal sealed class PrometheusOptions
{
    public const string SectionName = "Prometheus";

    /// <summary>Serve metrics (Substrate's default); <c>--no-prometheus</c> turns it off.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>TCP port on 127.0.0.1 (Substrate's 9615); 0 picks a free one.</summary>
    public int Port { get; set; } = 9615;
}
