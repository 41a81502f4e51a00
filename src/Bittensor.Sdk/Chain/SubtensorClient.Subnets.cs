using Bittensor.Core.Crypto;
using Bittensor.Core.Metadata;
using Bittensor.Core.Primitives;
using Bittensor.Sdk.Chain.Extrinsics;

namespace Bittensor.Sdk.Chain;

/// <summary>Subnet ownership writes: <c>register_network</c> and <c>start_call</c> (bittensor core/extrinsics/registration.py, start_call.py).</summary>
public sealed partial class SubtensorClient
{
    /// <summary><c>register_network(hotkey)</c>, signed by the coldkey that will own the subnet and pay its lock cost.</summary>
    public Task<ExtrinsicReceipt> RegisterNetworkAsync(KeyPair coldkey, AccountId32 hotkey, bool waitForFinalization = false, CancellationToken cancellationToken = default) =>
        SignAndSubmitAsync(ComposeCall("SubtensorModule", "register_network", new ScaleField("hotkey", ScaleValue.Bytes(hotkey.AsSpan()))), coldkey, true, waitForFinalization, cancellationToken);

    /// <summary><c>start_call(netuid)</c>: the owner starts the subnet's emission once StartCallDelay has passed.</summary>
    public Task<ExtrinsicReceipt> StartCallAsync(KeyPair coldkey, ushort netuid, bool waitForFinalization = false, CancellationToken cancellationToken = default) =>
        SignAndSubmitAsync(ComposeCall("SubtensorModule", "start_call", new ScaleField("netuid", ScaleValue.U16(netuid))), coldkey, true, waitForFinalization, cancellationToken);
}
