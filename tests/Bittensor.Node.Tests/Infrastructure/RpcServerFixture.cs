namespace Bittensor.Node.Tests.Infrastructure;

/// <summary>One in-process server with default options shared by a test class.</summary>
public sealed class RpcServerFixture : IAsyncLifetime
{
    private RpcTestServer? _server;

    internal RpcTestServer Server => _server ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync() => _server = await RpcTestServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
