using System.Net;
using Bittensor.Node.Chain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bittensor.Node.Metrics;

/// <summary>
/// The Prometheus endpoint: its own small Kestrel server on 127.0.0.1:<c>Prometheus:Port</c> (9615), separate from the
/// RPC port as in Substrate, answering <c>GET /metrics</c> (any path, like substrate-prometheus-endpoint) with
/// <see cref="PrometheusText"/>. The chain and the pool are resolved at scrape time, so the exporter works whatever
/// starts first; a port in use fails the node's start.
/// </summary>
internal sealed partial class PrometheusExporter(
    IOptions<PrometheusOptions> options,
    IServiceProvider services,
    RpcMetrics rpc,
    ILogger<PrometheusExporter> logger) : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>The scrape URL once started (with the port actually bound), else null.</summary>
    public Uri? Endpoint { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        PrometheusOptions settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, settings.Port);
        });
        WebApplication app = builder.Build();
        app.Run(ServeAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        _app = app;
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Endpoint = new UriBuilder(address) { Host = "127.0.0.1", Path = "/metrics" }.Uri;
        LogStarted(logger, Endpoint.Authority);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is { } app)
        {
            await app.StopAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is { } app)
        {
            _app = null;
            await app.DisposeAsync().ConfigureAwait(false);
        }
    }

    private Task ServeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return Task.CompletedTask;
        }

        string body = PrometheusText.Render(services.GetService<IBlockchain>(), services.GetService<ITransactionPoolSize>(), rpc);
        context.Response.ContentType = PrometheusText.ContentType;
        return context.Response.WriteAsync(body, context.RequestAborted);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Prometheus exporter started at {Address}")]
    private static partial void LogStarted(ILogger logger, string address);
}
