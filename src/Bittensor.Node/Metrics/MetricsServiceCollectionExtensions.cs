using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bittensor.Node.Metrics;

/// <summary>Composition of the metrics: the RPC call recorder (read by the dispatcher) and the Prometheus endpoint.</summary>
internal static class MetricsServiceCollectionExtensions
{
    public static IServiceCollection AddNodeMetrics(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<PrometheusOptions>()
            .Bind(configuration.GetSection(PrometheusOptions.SectionName))
            .Validate(o => o.Port is >= 0 and <= 65_535, "Prometheus:Port must be between 0 and 65535.")
            .ValidateOnStart();
        services.AddSingleton<RpcMetrics>();
        services.AddSingleton<ITransactionPoolSize, TransactionPoolSize>();
        services.AddSingleton<PrometheusExporter>();
        services.AddHostedService(sp => sp.GetRequiredService<PrometheusExporter>());
        return services;
    }
}
