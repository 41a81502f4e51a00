using Bittensor.Core.Chain;
using Bittensor.Core.Chain.Extrinsics;
using Bittensor.Core.Crypto;
using Bittensor.Core.Primitives;
using Bittensor.Node.Chain;
using Bittensor.Node.Storage;
using Bittensor.Runtime;
using Bittensor.Runtime.Executive;
using Bittensor.Runtime.Genesis;
using Bittensor.Runtime.Pallets;

namespace Bittensor.Benchmarks;

/// <summary>
/// The node's block import path against the signature checks it cannot avoid, in one run (issue 5's bench item):
/// <see cref="ImportBlockOfTransfers"/> hands a sealed block of <see cref="Transfers"/> signed
/// <c>Balances.transfer_keep_alive</c> extrinsics from distinct dev-derived sr25519 accounts to
/// <see cref="Blockchain.Import"/> on a fresh in-memory chain at the dev genesis: Aura seal check, full re-execution on
/// the parent state (the body's signatures verified in parallel first, then decode, nonce, fee, dispatch one by one),
/// extrinsics and state roots compared with the header, commit.
/// <see cref="VerifySignatures"/> is <see cref="Transfers"/> sr25519 verifications of distinct keys and signatures alone.
/// transfers/s ÷ verifications/s = (verify time) / (import time) = 1 / Ratio; the target is ≥ 50 %. <see cref="VerifySignatures"/> runs on one
/// thread; the import verifies on all cores, so <see cref="ExecuteBlockSignaturesInline"/> gives the single-threaded cost too.
/// </summary>
[MemoryDiagnoser]
public class NodeBenchmarks : IDisposable
{
    private const int Transfers = 1_000;
    private const int PayloadLength = 117; // the signing payload of a transfer_keep_alive (as CryptoBenchmarks)

    private NodeRuntime _runtime = null!;
    private GenesisBlock _genesis = null!;
    private Header _sealed = null!;
    private Header _preSeal = null!;
    private byte[][] _body = null!;
    private byte[][] _publics = null!;
    private byte[][] _messages = null!;
    private byte[][] _signatures = null!;
    private InMemoryKeyValueDatabase? _database;
    private Blockchain? _chain;

    [GlobalSetup]
    public void Setup()
    {
        _runtime = NodeRuntime.CreateDev();
        SubtensorRuntime runtime = _runtime.Runtime;
        KeyPair[] senders = [.. Enumerable.Range(0, Transfers).Select(i => KeyPair.FromUri($"//Bench//{i}"))];
        KeyPair alice = KeyPair.FromUri("//Alice");
        GenesisConfig dev = GenesisConfig.Dev();
        GenesisConfig config = dev with
        {
            Balances = [.. dev.Balances, .. senders.Select(s => new KeyValuePair<AccountId32, ulong>(new AccountId32(s.PublicKey.Span), 1_000 * Balance.RaoPerTao))],
        };
        _genesis = _runtime.BuildGenesis(config, dev: true);

        // Author block #1 the way BlockProducer does (slot digest, timestamp inherent, transfers, finalize, Aura seal).
        var implicitData = new TransactionImplicit(runtime.Version.SpecVersion, runtime.Version.TransactionVersion, _genesis.Hash, _genesis.Hash);
        byte[] call = runtime.Balances.TransferKeepAlive.Create(MultiAddress.Id(new AccountId32(alice.PublicKey.Span)), Balance.RaoPerTao).Encode();
        var extra = new TransactionExtra(Era.Immortal, 0, 0);
        const ulong Slot = 141_666_667;
        byte[] timestamp = UncheckedExtrinsic.Bare(runtime.Timestamp.Set.Create(Slot * AuraPallet.SlotDuration).Encode()).Encode(runtime.Extensions);
        _body = [timestamp, .. senders.Select(s => UncheckedExtrinsic.CreateSigned(s, call, extra, implicitData, runtime.Extensions).Encode(runtime.Extensions))];

        OpenChain();
        var header = new Header(_genesis.Hash, 1, H256.Zero, H256.Zero, new Digest([AuraPallet.SlotDigest(Slot)]));
        BlockExecutor executor = runtime.BeginBlock(_chain!.BestState, header);
        foreach (byte[] xt in _body)
        {
            if (!executor.ApplyExtrinsic(xt).IsIncluded)
            {
                throw new InvalidOperationException("an extrinsic of the benchmark block was not included");
            }
        }

        _preSeal = executor.FinalizeBlock();
        _sealed = AuraSeal.Seal(_preSeal, alice);
        if (ImportBlockOfTransfers() != Transfers + 1)
        {
            throw new InvalidOperationException("the imported block lost extrinsics");
        }

        CloseChain();

        _publics = [.. senders.Select(s => s.PublicKey.ToArray())];
        _messages = [.. Enumerable.Range(0, Transfers).Select(i => Enumerable.Range(0, PayloadLength).Select(b => (byte)(b + i)).ToArray())];
        _signatures = new byte[Transfers][];
        for (int i = 0; i < Transfers; i++)
        {
            _signatures[i] = new byte[64];
            Sr25519.Sign(senders[i].ExportSr25519Secret(), _publics[i], _messages[i], _signatures[i]);
        }

        if (VerifySignatures() != Transfers)
        {
            throw new InvalidOperationException("a benchmark signature does not verify");
        }
    }

    /// <summary>Each import needs a chain still at genesis: opening it (genesis state root included) is not measured.</summary>
    [IterationSetup(Targets = [nameof(ImportBlockOfTransfers), nameof(ExecuteBlockWithoutCommit), nameof(ExecuteBlockSignaturesInline)])]
    public void OpenChain()
    {
        _database = new InMemoryKeyValueDatabase();
        _chain = Blockchain.Open(_database, _runtime, _genesis);
    }

    [IterationCleanup(Targets = [nameof(ImportBlockOfTransfers), nameof(ExecuteBlockWithoutCommit), nameof(ExecuteBlockSignaturesInline)])]
    public void CloseChain()
    {
        _chain?.Dispose();
        _database?.Dispose();
        _chain = null;
        _database = null;
    }

    public void Dispose()
    {
        CloseChain();
        GC.SuppressFinalize(this);
    }

    [Benchmark]
    public int ImportBlockOfTransfers() => _chain!.Import(_sealed, _body).Extrinsics.Count;

    /// <summary>The import's re-execution alone (apply + finalize with the trie state root): import minus this is seal check and commit.</summary>
    [Benchmark]
    public H256 ExecuteBlockWithoutCommit() => _runtime.Runtime.ExecuteBlock(_chain!.BestState, _preSeal, _body).Header!.StateRoot;

    /// <summary>
    /// The same re-execution on one thread: each signature checked inside its <c>apply_extrinsic</c> (as a block author applies
    /// pool transactions), without the import's parallel pre-verification. Its difference to <see cref="ExecuteBlockWithoutCommit"/>
    /// is what verifying the block's signatures on all cores saves.
    /// </summary>
    [Benchmark]
    public H256 ExecuteBlockSignaturesInline()
    {
        BlockExecutor executor = _runtime.Runtime.BeginBlock(_chain!.BestState, _preSeal);
        foreach (byte[] xt in _body)
        {
            executor.ApplyExtrinsic(xt);
        }

        return executor.FinalizeBlock().StateRoot;
    }

    [Benchmark(Baseline = true)]
    public int VerifySignatures()
    {
        int valid = 0;
        for (int i = 0; i < Transfers; i++)
        {
            valid += Sr25519.Verify(_publics[i], _messages[i], _signatures[i]) ? 1 : 0;
        }

        return valid;
    }
}
