using Bittensor.Core.Metadata;

namespace Bittensor.Sdk.Chain.Types;

/// <summary>
/// <c>NeuronInfoRuntimeApi.get_neurons</c> record (subtensor rpc_info/neuron_info.rs NeuronInfo; bittensor
/// chain_data/neuron_info.py): the lite record's fields plus the neuron's sparse weight and bond rows as set on chain
/// (raw u16 values; the metagraph normalises them).
/// </summary>
public sealed record NeuronInfo
{
    /// <summary>The fields NeuronInfo shares with <see cref="NeuronInfoLite"/>.</summary>
    public required NeuronInfoLite Neuron { get; init; }

    /// <summary>(target uid, u16 weight) pairs, in chain order.</summary>
    public IReadOnlyList<(ushort Uid, ushort Value)> Weights { get; init; } = [];

    /// <summary>(target uid, u16 bond) pairs, in chain order.</summary>
    public IReadOnlyList<(ushort Uid, ushort Value)> Bonds { get; init; } = [];

    public static NeuronInfo FromScale(ScaleValue value) => new()
    {
        Neuron = NeuronInfoLite.FromScale(value),
        Weights = Pairs(ScaleFields.Get(value, "weights"), "weights"),
        Bonds = Pairs(ScaleFields.Get(value, "bonds"), "bonds"),
    };

    // Vec<(Compact<u16>, Compact<u16>)>; a value beyond u16 means the layout is not the one we read.
    private static (ushort, ushort)[] Pairs(ScaleValue value, string name) =>
        [.. ScaleFields.Items(value).Select(p => (ScaleFields.ToU16(p[0], name), ScaleFields.ToU16(p[1], name)))];
}
