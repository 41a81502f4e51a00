namespace Bittensor.Cli.Tests.Chain;

/// <summary>The btcli command test classes that share one <see cref="DevChainFixture"/> (one dev node for all of them).</summary>
[CollectionDefinition(Name)]
public sealed class DevChainTests : ICollectionFixture<DevChainFixture>
{
    public const string Name = "dev chain";
}
