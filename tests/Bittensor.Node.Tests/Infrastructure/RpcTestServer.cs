using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Bittensor.Node.Hosting;
using Bittensor.Node.Rpc;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Bittensor.Node.Tests.Infrastructure;

/// <summary>The real node host, in process, on 127.0.0.1 and a free port, with <see cref="TestRpcModule"/> added.</summary>
internal sealed class RpcTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RpcTestServer(WebApplication app, TestRpcModule module)
    {
        _app = app;
        Module = module;
        WebSocketUri = NodeHost.GetRpcEndpoint(app);
        HttpUri = new UriBuilder("http", WebSocketUri.Host, WebSocketUri.Port).Uri;
        Http = new HttpClient { BaseAddress = HttpUri, Timeout = TimeSpan.FromSeconds(30) };
    }

    public TestRpcModule Module { get; }

    public Uri WebSocketUri { get; }

    public Uri HttpUri { get; }

    public HttpClient Http { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<RpcTestServer> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var all = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Node:Dev"] = "true",
            ["Rpc:Port"] = "0",
            ["Prometheus:Port"] = "0",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (KeyValuePair<string, string?> pair in settings ?? new Dictionary<string, string?>())
        {
            all[pair.Key] = pair.Value;
        }

        var module = new TestRpcModule();
        WebApplication app = NodeHost.Build(all, services =>
        {
            services.AddRpcModule(module);
            configure?.Invoke(services);
        });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await app.StartAsync(timeout.Token);
        return new RpcTestServer(app, module);
    }

    /// <summary>POSTs <paramref name="json"/> as application/json; returns the status and body.</summary>
    public async Task<(HttpStatusCode Status, string Body)> PostAsync(string json, string contentType = "application/json")
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        using HttpResponseMessage response = await Http.PostAsync(new Uri("/", UriKind.Relative), content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Calls <paramref name="method"/> over HTTP and returns the parsed response object.</summary>
    public async Task<JsonElement> CallAsync(string method, string paramsJson = "[]")
    {
        (HttpStatusCode status, string body) = await PostAsync($$"""{"jsonrpc":"2.0","id":1,"method":"{{method}}","params":{{paramsJson}}}""");
        Assert.Equal(HttpStatusCode.OK, status);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public Task<TestWebSocket> ConnectAsync() => TestWebSocket.ConnectAsync(WebSocketUri);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
    }
}
