using Bittensor.Core.Scale;
using Bittensor.Runtime.Api.Subtensor;
using Bittensor.Runtime.Framework.Storage;
using Bittensor.Runtime.Framework.Types;

namespace Bittensor.Runtime.Api;

/// <summary>
/// Bittensor's runtime APIs (<c>NeuronInfoRuntimeApi</c>, <c>SubnetInfoRuntimeApi</c>, <c>DelegateInfoRuntimeApi</c>,
/// <c>StakeInfoRuntimeApi</c>, <c>SubnetRegistrationRuntimeApi</c>, <c>SwapRuntimeApi</c>) with upstream's layouts
/// (opentensor/subtensor@14bc6f9 <c>pallets/subtensor/runtime-api/src/lib.rs</c>, <c>pallets/swap/runtime-api/src/lib.rs</c> and
/// <c>runtime/src/lib.rs</c>), in the order of <c>impl_runtime_apis!</c>. The method implementations live in <c>Api/Subtensor</c>.
/// </summary>
public static class SubtensorRuntimeApis
{
    public static IEnumerable<RuntimeApiDescriptor> Create(NodeRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        yield return DelegateInfoApi.Create();
        yield return NeuronInfoApi.Create();
        yield return SubnetInfoApi.Create();
        yield return StakeInfoApi.Create();
        yield return new RuntimeApiDescriptor(
            "SubnetRegistrationRuntimeApi",
            1,
            [new RuntimeApiMethodDescriptor("get_network_registration_cost", [], TypeRef.U64, NetworkRegistrationCost, [])],
            []);
        yield return SwapApi.Create();
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
