using System.Net.WebSockets;
using System.Text;
using Bittensor.Core.Crypto;
using Bittensor.Core.Primitives;
using Bittensor.Node.Hosting;
using Bittensor.Node.Rpc;
using Bittensor.Runtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Bittensor.Benchmarks;

/// <summary>
/// Round trips of <c>system_health</c> (the call polkadot.js repeats every 10 s) through the node's real server on
/// loopback: requests per second = 1 / mean. <c>Dispatch</c> is the same call without the network, to show what the
/// transport costs. <c>StateGetStorage_*</c> read //Alice's <c>System.Account</c> at the best block (what every wallet polls):
/// calls per second = 1 / mean.
/// </summary>
[MemoryDiagnoser]
public class RpcBenchmarks : IDisposable
{
    private static readonly byte[] Request = Encoding.UTF8.GetBytes("""{"jsonrpc":"2.0","id":1,"method":"system_health","params":[]}""");

    private readonly byte[] _receiveBuffer = new byte[4096];
    private WebApplication? _app;
    private HttpClient? _http;
    private ClientWebSocket? _socket;
    private RpcDispatcher? _dispatcher;
    private Uri? _httpUri;
    private byte[] _getStorage = [];

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Node:Dev"] = "true",
            ["Rpc:Port"] = "0",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        _app = NodeHost.Build(settings);
        await _app.StartAsync();
        Uri ws = NodeHost.GetRpcEndpoint(_app);
        _httpUri = new UriBuilder("http", ws.Host, ws.Port).Uri;
        _http = new HttpClient();
        _socket = new ClientWebSocket();
        await _socket.ConnectAsync(ws, CancellationToken.None);
        _dispatcher = _app.Services.GetRequiredService<RpcDispatcher>();
        var alice = new AccountId32(KeyPair.FromUri("//Alice").PublicKey.Span);
        string key = Convert.ToHexStringLower(NodeRuntime.CreateDev().Runtime.System.Account.KeyFor(alice));
        _getStorage = Encoding.UTF8.GetBytes($$"""{"jsonrpc":"2.0","id":2,"method":"state_getStorage","params":["0x{{key}}"]}""");
        if (!(await StateGetStorage_Http()).Contains("\"result\":\"0x", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("state_getStorage did not return //Alice's account");
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_socket is not null)
        {
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }

        Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    public void Dispose()
    {
        _socket?.Dispose();
        _http?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark]
    public async Task<int> SystemHealth_Http()
    {
        using var content = new ByteArrayContent(Request);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using HttpResponseMessage response = await _http!.PostAsync(_httpUri, content);
        return (await response.Content.ReadAsByteArrayAsync()).Length;
    }

    [Benchmark]
    public async Task<int> SystemHealth_WebSocket()
    {
        await _socket!.SendAsync(Request, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        ValueWebSocketReceiveResult result = await _socket.ReceiveAsync(_receiveBuffer.AsMemory(), CancellationToken.None);
        return result.Count;
    }

    [Benchmark]
    public async Task<string> StateGetStorage_Http()
    {
        using var content = new ByteArrayContent(_getStorage);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using HttpResponseMessage response = await _http!.PostAsync(_httpUri, content);
        return await response.Content.ReadAsStringAsync();
    }

    [Benchmark]
    public async Task<int> StateGetStorage_WebSocket()
    {
        await _socket!.SendAsync(_getStorage, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        ValueWebSocketReceiveResult result = await _socket.ReceiveAsync(_receiveBuffer.AsMemory(), CancellationToken.None);
        return result.Count;
    }

    [Benchmark]
    public async Task<int> StateGetStorage_Dispatch()
    {
        RpcDispatchResult result = await _dispatcher!.DispatchAsync(_getStorage, new HttpRpcSession(0), CancellationToken.None);
        return result.Response!.Length;
    }

    [Benchmark]
    public async Task<int> SystemHealth_Dispatch()
    {
        RpcDispatchResult result = await _dispatcher!.DispatchAsync(Request, new HttpRpcSession(0), CancellationToken.None);
        return result.Response!.Length;
    }
}
