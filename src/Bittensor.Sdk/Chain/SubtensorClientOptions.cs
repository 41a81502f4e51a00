using Bittensor.Sdk.Chain.Rpc;

namespace Bittensor.Sdk.Chain;

/// <summary>Options of a <see cref="SubtensorClient"/>.</summary>
public sealed class SubtensorClientOptions
{
    /// <summary>The JSON-RPC transport's limits and timing.</summary>
    public JsonRpcClientOptions Rpc { get; set; } = new();

    /// <summary>Subscribe to <c>state_subscribeRuntimeVersion</c> and switch metadata when the runtime upgrades.</summary>
    public bool WatchRuntimeUpgrades { get; set; } = true;

    /// <summary>Blocks a signed extrinsic stays valid for (mortal era period; rounded to a power of two).</summary>
    public ulong EraPeriod { get; set; } = 64;
}
