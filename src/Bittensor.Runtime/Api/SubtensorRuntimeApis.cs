using Bittensor.Core.Scale;
using Bittensor.Runtime.Framework.Storage;
using Bittensor.Runtime.Framework.Types;

namespace Bittensor.Runtime.Api;

/// <summary>
/// Bittensor's runtime APIs (<c>NeuronInfoRuntimeApi</c>, <c>SubnetInfoRuntimeApi</c>, <c>DelegateInfoRuntimeApi</c>,
/// <c>StakeInfoRuntimeApi</c>, <c>SubnetRegistrationRuntimeApi</c>, <c>SwapRuntimeApi</c>) with upstream's layouts
/// (opentensor/subtensor <c>pallets/subtensor/runtime-api/src/lib.rs</c> and <c>runtime/src/lib.rs</c>).
/// </summary>
public static class SubtensorRuntimeApis
{
    public static IEnumerable<RuntimeApiDescriptor> Create(NodeRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        yield return new RuntimeApiDescriptor(
            "SubnetRegistrationRuntimeApi",
            1,
            [new RuntimeApiMethodDescriptor("get_network_registration_cost", [], TypeRef.U64, NetworkRegistrationCost, [])],
            []);
    }

    /// <summary><c>get_network_registration_cost</c>: <c>get_network_lock_cost()</c> at the current block.</summary>
    private static byte[] NetworkRegistrationCost(RuntimeApiCall call, ReadOnlySpan<byte> args)
    {
        new ScaleReader(args).EnsureConsumed();
        var storage = new StorageOverlay(call.State);
        ulong block = call.Runtime.Runtime.System.Number.Get(storage);
        return ScaleCodec.Encode<ulong, U64Codec>(call.Runtime.Subtensor.NetworkLockCostNow(storage, block));
    }
}
