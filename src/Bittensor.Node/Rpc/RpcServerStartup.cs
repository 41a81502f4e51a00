using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bittensor.Node.Rpc;

/// <summary>
/// Builds the method table (constructing every <see cref="IRpcModule"/>) once all other hosted services have started,
/// the database included, and before Kestrel accepts the first request, so modules may take any service in their
/// constructor and a faulty registration fails the start rather than the first call. Registered last.
/// </summary>
internal sealed class RpcServerStartup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<RpcEndpoint>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
