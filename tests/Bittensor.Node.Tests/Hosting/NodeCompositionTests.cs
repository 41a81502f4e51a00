using Bittensor.Core.Storage;
using Bittensor.Node.Rpc;
using Bittensor.Node.Rpc.Json;
using Bittensor.Node.Storage;
using Bittensor.Node.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bittensor.Node.Tests.Hosting;

[Trait("Category", "Integration")]
public sealed class NodeCompositionTests
{
    /// <summary>A module that needs the open database in its constructor, as the chain modules will.</summary>
    private sealed class StorageModule : IRpcModule
    {
        private readonly IKeyValueStore _meta;

        public StorageModule(IKeyValueDatabase database)
        {
            _meta = database.GetColumn(KeyValueColumn.Meta);
            _meta.Set("greeting"u8, "hello"u8);
        }

        public void Register(RpcMethodTable methods) =>
            methods.Add("test_greeting", _ => System.Text.Encoding.UTF8.GetString(_meta.Get("greeting"u8)!), RpcJsonContext.Default.String);
    }

    [Fact]
    public async Task Module_TakingTheDatabase_IsBuiltAfterStorageOpens()
    {
        await using RpcTestServer server = await RpcTestServer.StartAsync(configure: services => services.AddRpcModule<StorageModule>());
        Assert.Equal("hello", (await server.CallAsync("test_greeting")).GetProperty("result").GetString());
    }

    /// <summary>Records whether Kestrel was already listening when hosted services started.</summary>
    private sealed class StartOrderProbe(IServer server) : IHostedService
    {
        public int AddressesAtStart { get; private set; } = -1;

        public Task StartAsync(CancellationToken cancellationToken)
        {
            AddressesAtStart = server.Features.Get<IServerAddressesFeature>()?.Addresses.Count ?? 0;
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    [Fact]
    public async Task HostedServices_StartBeforeTheServerListens()
    {
        StartOrderProbe? probe = null;
        await using RpcTestServer server = await RpcTestServer.StartAsync(configure: services =>
            services.AddHostedService(sp => probe = new StartOrderProbe(sp.GetRequiredService<IServer>())));
        Assert.NotNull(probe);
        Assert.Equal(0, probe.AddressesAtStart);
    }

    [Fact]
    public async Task TimeProvider_IsRegistered()
    {
        await using RpcTestServer server = await RpcTestServer.StartAsync();
        Assert.Same(TimeProvider.System, server.Services.GetService(typeof(TimeProvider)));
    }
}
