using Bittensor.Core.Metadata;
using Bittensor.Core.Primitives;
using Bittensor.Sdk.Chain.Types;

namespace Bittensor.Sdk.Chain;

/// <summary>The typed reads the metagraph sync makes (bittensor core/subtensor.py, v10).</summary>
public sealed partial class SubtensorClient
{
    /// <summary>Field count of upstream's <c>SelectiveMetagraphIndex</c> (0 netuid … 73 commitments): "select everything".</summary>
    public const int SelectiveMetagraphFieldCount = 74;

    /// <summary><c>neurons(netuid)</c>: NeuronInfoRuntimeApi.get_neurons, the records with weights and bonds.</summary>
    public async Task<IReadOnlyList<NeuronInfo>> GetNeuronsAsync(ushort netuid, H256? at = null, CancellationToken cancellationToken = default)
    {
        ScaleValue result = await CallRuntimeApiAsync("NeuronInfoRuntimeApi", "get_neurons", [ScaleValue.U16(netuid)], at, cancellationToken).ConfigureAwait(false);
        return [.. ScaleFields.Items(result).Select(NeuronInfo.FromScale)];
    }

    /// <summary>SubnetInfoRuntimeApi.get_subnet_state (what upstream's metagraph reads stakes from); null for no subnet.</summary>
    public async Task<SubnetState?> GetSubnetStateAsync(ushort netuid, H256? at = null, CancellationToken cancellationToken = default)
    {
        ScaleValue result = await CallRuntimeApiAsync("SubnetInfoRuntimeApi", "get_subnet_state", [ScaleValue.U16(netuid)], at, cancellationToken).ConfigureAwait(false);
        return ScaleFields.Unwrap(result) is ScaleValue some ? SubnetState.FromScale(some) : null;
    }

    /// <summary>
    /// <c>get_metagraph_info(netuid, mechid, selected_indices)</c>: get_selective_mechagraph with the given field
    /// indices (all of them when null; index 0 is always added), falling back to get_selective_metagraph (mechanism 0
    /// only) or, for all fields, get_metagraph on runtimes that lack the newer calls. Null when the subnet or mechanism
    /// does not exist, or the runtime has none of these calls and no fields were chosen.
    /// </summary>
    public async Task<MetagraphInfo?> GetMetagraphInfoAsync(ushort netuid, byte mechid = 0, IReadOnlyList<ushort>? selectedIndices = null, H256? at = null, CancellationToken cancellationToken = default)
    {
        List<ushort> indices = selectedIndices is null
            ? [.. Enumerable.Range(0, SelectiveMetagraphFieldCount).Select(i => (ushort)i)]
            : [.. selectedIndices.Contains((ushort)0) ? selectedIndices : selectedIndices.Prepend((ushort)0)];
        SequenceValue indexValues = ScaleValue.Sequence(indices.Select(i => (ScaleValue)ScaleValue.U16(i)));

        // Upstream's _runtime_call_with_fallback: the first call the runtime declares wins.
        (string Method, ScaleValue[] Arguments)? call =
            HasApi("get_selective_mechagraph") ? ("get_selective_mechagraph", [ScaleValue.U16(netuid), ScaleValue.U8(mechid), indexValues])
            : mechid != 0 ? null
            : HasApi("get_selective_metagraph") ? ("get_selective_metagraph", [ScaleValue.U16(netuid), indexValues])
            : selectedIndices is null && HasApi("get_metagraph") ? ("get_metagraph", [ScaleValue.U16(netuid)])
            : null;
        if (call is null)
        {
            if (selectedIndices is not null || mechid != 0)
            {
                throw new InvalidOperationException($"the runtime (spec {RuntimeVersion.SpecVersion}) has no selective metagraph call for netuid {netuid} mechanism {mechid}; it is too old for selected fields or mechanisms");
            }

            return null;
        }

        ScaleValue result = await CallRuntimeApiAsync("SubnetInfoRuntimeApi", call.Value.Method, call.Value.Arguments, at, cancellationToken).ConfigureAwait(false);
        return ScaleFields.Unwrap(result) is ScaleValue some ? MetagraphInfo.FromScale(some) : null;

        bool HasApi(string method) => Metadata.TryGetRuntimeApi("SubnetInfoRuntimeApi", method, out _);
    }

    /// <summary><c>get_mechanism_count(netuid)</c>: SubtensorModule.MechanismCountCurrent, 1 on runtimes without mechanisms.</summary>
    public async Task<int> GetMechanismCountAsync(ushort netuid, H256? at = null, CancellationToken cancellationToken = default)
    {
        if (!Metadata.TryGetStorage(Subtensor, "MechanismCountCurrent", out _))
        {
            return 1;
        }

        ScaleValue? count = await QueryStorageAsync(Subtensor, "MechanismCountCurrent", [ScaleValue.U16(netuid)], at, cancellationToken).ConfigureAwait(false);
        return count is null ? 1 : checked((int)count.ToUInt64());
    }

    /// <summary>
    /// <c>get_mechanism_emission_split(netuid)</c>: SubtensorModule.MechanismEmissionSplit as whole percentages
    /// (round(v / Σv × 100), Python's round-half-even); null when unset or the runtime has no mechanisms.
    /// </summary>
    public async Task<IReadOnlyList<int>?> GetMechanismEmissionSplitAsync(ushort netuid, H256? at = null, CancellationToken cancellationToken = default)
    {
        if (!Metadata.TryGetStorage(Subtensor, "MechanismEmissionSplit", out _))
        {
            return null;
        }

        ScaleValue? split = await QueryStorageAsync(Subtensor, "MechanismEmissionSplit", [ScaleValue.U16(netuid)], at, cancellationToken).ConfigureAwait(false);
        if (split is null || ScaleFields.Unwrap(split) is not ScaleValue values)
        {
            return null;
        }

        ulong[] parts = ScaleFields.Column(values, v => v.ToUInt64());
        double sum = parts.Aggregate(0.0, (s, p) => s + p);
        return sum == 0 ? null : [.. parts.Select(p => (int)Math.Round(p / sum * 100, MidpointRounding.ToEven))];
    }
}
