using Bittensor.Core.Primitives;
using Bittensor.Sdk.Chain;
using Bittensor.Sdk.Chain.Types;

namespace Bittensor.Cli.Localnet;

/// <summary>
/// Follows the chain block by block (every block, none skipped: the emission books need each one): feeds the
/// issuance ledger, notices each epoch of the subnet (<c>SubnetEpochIndex</c> changes) and records the neurons'
/// emission of that epoch, and keeps the latest neuron table for the live view.
/// </summary>
public sealed class LocalnetMonitor(SubtensorClient client, ushort netuid, IssuanceLedger ledger)
{
    private readonly LocalnetChain _chain = new(client);
    private readonly List<EpochSample> _samples = [];
    private ulong? _epochIndex;

    /// <summary>The epochs seen since <see cref="RunAsync"/> started, in order.</summary>
    public IReadOnlyList<EpochSample> Samples => _samples;

    /// <summary>The neurons at <see cref="Block"/>.</summary>
    public IReadOnlyList<NeuronInfoLite> Neurons { get; private set; } = [];

    public uint Block { get; private set; }

    /// <summary>
    /// Runs until <paramref name="epochs"/> epochs have run (forever when null), calling <paramref name="refresh"/>
    /// after each new head. Returns the last block read.
    /// </summary>
    public async Task<uint> RunAsync(int? epochs, Action<LocalnetMonitor> refresh, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(refresh);
        uint last = ledger.LastBlock;
        _epochIndex ??= await _chain.ReadU64Async("SubnetEpochIndex", netuid, await client.GetBlockHashAsync(last, ct).ConfigureAwait(false), ct).ConfigureAwait(false);
        while (true)
        {
            uint head = await client.GetCurrentBlockAsync(ct).ConfigureAwait(false);
            if (head <= last)
            {
                await Task.Delay(80, ct).ConfigureAwait(false);
                continue;
            }

            for (uint b = last + 1; b <= head; b++)
            {
                H256 hash = await client.GetBlockHashAsync(b, ct).ConfigureAwait(false);
                await ledger.CatchUpAsync(b, ct).ConfigureAwait(false);
                ulong index = await _chain.ReadU64Async("SubnetEpochIndex", netuid, hash, ct).ConfigureAwait(false);
                if (index != _epochIndex)
                {
                    _epochIndex = index;
                    IReadOnlyList<NeuronInfoLite> atEpoch = await client.GetNeuronsLiteAsync(netuid, hash, ct).ConfigureAwait(false);
                    _samples.Add(new EpochSample(b, atEpoch.ToDictionary(n => n.Uid, n => n.Emission)));
                    Neurons = atEpoch;
                }

                if (epochs is int wanted && _samples.Count >= wanted)
                {
                    Block = b;
                    Neurons = await client.GetNeuronsLiteAsync(netuid, hash, ct).ConfigureAwait(false);
                    refresh(this);
                    return b;
                }
            }

            last = head;
            Block = head;
            Neurons = await client.GetNeuronsLiteAsync(netuid, null, ct).ConfigureAwait(false);
            refresh(this);
        }
    }

    /// <summary>Each uid's emission summed over the recorded epochs (rao).</summary>
    public IReadOnlyDictionary<ushort, ulong> EmissionTotals()
    {
        Dictionary<ushort, ulong> totals = [];
        foreach (EpochSample sample in _samples)
        {
            foreach ((ushort uid, ulong emission) in sample.Emission)
            {
                totals[uid] = checked(totals.GetValueOrDefault(uid) + emission);
            }
        }

        return totals;
    }
}
