using Bittensor.Core.Crypto;
using Bittensor.Sdk.Axons;

namespace Bittensor.Sdk.Tests.Support;

/// <summary>Starts an axon on 127.0.0.1 with a free port and stops it on dispose.</summary>
internal static class AxonHost
{
    public static readonly KeyPair ServerKey = KeyPair.FromUri("//Bob");
    public static readonly KeyPair ClientKey = KeyPair.FromUri("//Alice");

    public static AxonOptions LocalOptions(Action<AxonOptions>? configure = null)
    {
        AxonOptions options = new() { Host = "127.0.0.1", Port = 0 };
        configure?.Invoke(options);
        return options;
    }

    public static async Task<Axon> StartAsync(Action<Axon> attach, Action<AxonOptions>? configure = null, KeyPair? key = null)
    {
        Axon axon = new(key ?? ServerKey, LocalOptions(configure));
        attach(axon);
        using CancellationTokenSource timeout = new(TimeSpan.FromSeconds(20));
        await axon.StartAsync(timeout.Token);
        return axon;
    }
}
