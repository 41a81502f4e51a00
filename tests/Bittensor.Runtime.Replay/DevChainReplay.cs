using Bittensor.Core.Chain;
using Bittensor.Core.Primitives;
using Bittensor.Core.Storage;
using Bittensor.Runtime.Executive;
using Bittensor.Runtime.Genesis;
using Bittensor.Runtime.Pallets;

namespace Bittensor.Runtime.Replay;

/// <summary>
/// The node's dev chain (<see cref="NodeRuntime.CreateDev"/> with <see cref="GenesisConfig.Dev"/>, as <c>subtensor --dev</c>
/// builds it) in memory: each block is authored from its body on its parent's committed state — initialize, apply every
/// extrinsic, finalize (state and extrinsics roots) — then committed. A fresh runtime, genesis and store per instance.
/// </summary>
internal sealed class DevChainReplay
{
    private readonly InMemoryKeyValueStore _store = new();

    public DevChainReplay()
    {
        Runtime = NodeRuntime.CreateDev();
        Genesis = Runtime.BuildGenesis(GenesisConfig.Dev(), dev: true);
        _store.Write(Genesis.ToWriteBatch());
    }

    public NodeRuntime Runtime { get; }

    public GenesisBlock Genesis { get; }

    /// <summary>The committed state after the last replayed block.</summary>
    public IReadOnlyKeyValueStore State => _store;

    /// <summary>Replays <paramref name="blocks"/> on top of the current head, in order.</summary>
    public IReadOnlyList<ReplayedBlock> Run(IReadOnlyList<ReplayBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var replayed = new List<ReplayedBlock>(blocks.Count);
        H256 parent = Genesis.Hash;
        uint number = 0;
        foreach (ReplayBlock block in blocks)
        {
            number++;
            var header = new Header(parent, number, H256.Zero, H256.Zero, new Digest([AuraPallet.SlotDigest(block.Slot)]));
            BlockExecutor executor = Runtime.Runtime.BeginBlock(_store.GetSnapshot(), header);
            ApplyExtrinsicResult[] results = [.. block.Extrinsics.Select(executor.ApplyExtrinsic)];
            Header produced = executor.FinalizeBlock();
            _store.Write(executor.ToWriteBatch());
            parent = produced.Hash();
            replayed.Add(new ReplayedBlock(number, produced.StateRoot, parent, results));
        }

        return replayed;
    }
}
