using Bittensor.Core.Primitives;
using Bittensor.Runtime.Framework.Types;
using static Bittensor.Runtime.Api.Subtensor.NeuronInfoTypes;

namespace Bittensor.Runtime.Api.Subtensor;

/// <summary>
/// <c>NeuronInfoRuntimeApi</c> (version 1): <c>get_neurons</c>, <c>get_neuron</c>, <c>get_neurons_lite</c>, <c>get_neuron_lite</c>.
/// </summary>
/// <remarks>
/// opentensor/subtensor@14bc6f9 <c>rpc_info/neuron_info.rs</c>: rank and trust are 0 and pruning_score is u16::MAX (no longer
/// computed upstream); <c>stake</c> is the single pair (owner coldkey, the hotkey's total alpha on the subnet);
/// <c>prometheus_info</c> is all zeros (no Prometheus storage here); zero weights and bonds are left out.
/// </remarks>
internal static class NeuronInfoApi
{
    public static RuntimeApiDescriptor Create() => new(
        "NeuronInfoRuntimeApi",
        1,
        [
            ApiMethod.Create("get_neurons", [ApiMethod.NetUid()], TypeRef.Vec(NeuronInfo), (c, a) => Neurons(c, (ushort)a[0]!, full: true)),
            ApiMethod.Create("get_neuron", [ApiMethod.NetUid(), Uid()], TypeRef.Option(NeuronInfo), (c, a) => Neuron(c, (ushort)a[0]!, (ushort)a[1]!, full: true)),
            ApiMethod.Create("get_neurons_lite", [ApiMethod.NetUid()], TypeRef.Vec(NeuronInfoLite), (c, a) => Neurons(c, (ushort)a[0]!, full: false)),
            ApiMethod.Create("get_neuron_lite", [ApiMethod.NetUid(), Uid()], TypeRef.Option(NeuronInfoLite), (c, a) => Neuron(c, (ushort)a[0]!, (ushort)a[1]!, full: false)),
        ],
        []);

    /// <summary><c>get_neurons(_lite)</c>: uids <c>0..SubnetworkN</c>, stopping at the first without a hotkey.</summary>
    private static object?[] Neurons(ApiContext c, ushort netuid, bool full)
    {
        if (!c.SubnetExists(netuid))
        {
            return [];
        }

        var neurons = new List<object?>();
        ushort n = c.Module.SubnetworkN.Get(c.Storage, netuid);
        var vectors = new UidVectors(c, netuid);
        for (ushort uid = 0; uid < n; uid++)
        {
            if (Build(c, vectors, netuid, uid, full) is not { } neuron)
            {
                break;
            }

            neurons.Add(neuron);
        }

        return [.. neurons];
    }

    private static object?[]? Neuron(ApiContext c, ushort netuid, ushort uid, bool full) =>
        c.SubnetExists(netuid) ? Build(c, new UidVectors(c, netuid), netuid, uid, full) : null;

    private static object?[]? Build(ApiContext c, UidVectors v, ushort netuid, ushort uid, bool full)
    {
        if (!c.TryHotkey(netuid, uid, out AccountId32 hotkey))
        {
            return null;
        }

        AccountId32 coldkey = c.Owner(hotkey);
        var head = new List<(string, object?)>
        {
            ("hotkey", hotkey), ("coldkey", coldkey), ("uid", uid), ("netuid", netuid), ("active", ApiContext.At(v.Active, uid)),
            ("axon_info", c.Axon(netuid, hotkey)), ("prometheus_info", ApiContext.Prometheus()),
            ("stake", new object?[] { new object?[] { coldkey, c.Module.TotalHotkeyAlpha.Get(c.Storage, hotkey, netuid) } }),
            ("rank", (ushort)0), ("emission", ApiContext.At(v.Emission, uid)), ("incentive", ApiContext.At(v.Incentive, uid)),
            ("consensus", ApiContext.At(v.Consensus, uid)), ("trust", (ushort)0), ("validator_trust", ApiContext.At(v.ValidatorTrust, uid)),
            ("dividends", ApiContext.At(v.Dividends, uid)), ("last_update", ApiContext.At(v.LastUpdate, uid)),
            ("validator_permit", ApiContext.At(v.ValidatorPermit, uid)),
        };
        if (full)
        {
            head.Add(("weights", NonZero(c.Module.Weights.Get(c.Storage, netuid, uid))));
            head.Add(("bonds", NonZero(c.Module.Bonds.Get(c.Storage, netuid, uid))));
        }

        head.Add(("pruning_score", ushort.MaxValue));
        return RpcInfoTypes.Row(full ? NeuronInfo : NeuronInfoLite, [.. head]);
    }

    private static object?[] NonZero((ushort Uid, ushort Value)[] row) =>
        [.. row.Where(e => e.Value > 0).Select(e => (object?)new object?[] { e.Uid, e.Value })];

    private static FieldDef Uid() => new("uid", TypeRef.U16, "u16");

    /// <summary>The per-uid vectors of one subnet, read once per call.</summary>
    private sealed class UidVectors(ApiContext c, ushort netuid)
    {
        public bool[] Active { get; } = c.Module.Active.Get(c.Storage, netuid);

        public ulong[] Emission { get; } = c.Module.Emission.Get(c.Storage, netuid);

        public ushort[] Incentive { get; } = c.Module.Incentive.Get(c.Storage, netuid);

        public ushort[] Consensus { get; } = c.Module.Consensus.Get(c.Storage, netuid);

        public ushort[] ValidatorTrust { get; } = c.Module.ValidatorTrust.Get(c.Storage, netuid);

        public ushort[] Dividends { get; } = c.Module.Dividends.Get(c.Storage, netuid);

        public ulong[] LastUpdate { get; } = c.Module.LastUpdate.Get(c.Storage, netuid);

        public bool[] ValidatorPermit { get; } = c.Module.ValidatorPermit.Get(c.Storage, netuid);
    }
}
