using Bittensor.Runtime.Framework.Types;
using static Bittensor.Runtime.Api.Subtensor.RpcInfoTypes;

namespace Bittensor.Runtime.Api.Subtensor;

/// <summary>Neuron outputs (opentensor/subtensor@14bc6f9 <c>rpc_info/neuron_info.rs</c>).</summary>
public static class NeuronInfoTypes
{
    private static readonly TypeRef UidValue = TypeRef.Vec(TypeRef.Tuple(CU16, CU16));

    /// <summary><c>pallet_subtensor::rpc_info::neuron_info::NeuronInfo&lt;AccountId32&gt;</c>.</summary>
    public static CompositeType NeuronInfo { get; } = AccountStruct(
        ["pallet_subtensor", "rpc_info", "neuron_info", "NeuronInfo"],
        [.. NeuronHead(), F("weights", UidValue, "Vec<(Compact<u16>, Compact<u16>)>"), F("bonds", UidValue, "Vec<(Compact<u16>, Compact<u16>)>"), C16("pruning_score")]);

    /// <summary><c>pallet_subtensor::rpc_info::neuron_info::NeuronInfoLite&lt;AccountId32&gt;</c> (NeuronInfo without weights and bonds).</summary>
    public static CompositeType NeuronInfoLite { get; } = AccountStruct(
        ["pallet_subtensor", "rpc_info", "neuron_info", "NeuronInfoLite"],
        [.. NeuronHead(), C16("pruning_score")]);

    private static FieldDef[] NeuronHead() =>
    [
        F("hotkey", AccountId, "AccountId"), F("coldkey", AccountId, "AccountId"), C16("uid"), CNetUid("netuid"), F("active", TypeRef.Bool, "bool"),
        F("axon_info", AxonInfo, "AxonInfo"), F("prometheus_info", PrometheusInfo, "PrometheusInfo"),
        F("stake", TypeRef.Vec(TypeRef.Tuple(AccountId, CU64)), "Vec<(AccountId, Compact<AlphaBalance>)>"),
        C16("rank"), CAlpha("emission"), C16("incentive"), C16("consensus"), C16("trust"), C16("validator_trust"), C16("dividends"),
        C64("last_update"), F("validator_permit", TypeRef.Bool, "bool"),
    ];
}
