using Bittensor.Core.Chain;
using Bittensor.Core.Chain.Extrinsics;
using Bittensor.Core.Crypto;
using Bittensor.Core.Primitives;
using Bittensor.Core.Storage;
using Bittensor.Runtime.Executive;
using Bittensor.Runtime.Genesis;
using Bittensor.Runtime.Pallets;

namespace Bittensor.Benchmarks;

/// <summary>
/// Block execution: one block of 1,000 signed Balances.transfer_keep_alive extrinsics from 1,000 distinct sr25519 accounts,
/// each decoded, signature-verified, nonce- and fee-checked, dispatched and paid out, then finalized (events written,
/// extrinsics root and full state root computed). Also pool validation of the same 1,000 extrinsics.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 8)]
public class RuntimeBenchmarks
{
    private const int Transfers = 1_000;
    private SubtensorRuntime _runtime = null!;
    private InMemoryKeyValueStore _store = null!;
    private GenesisBlock _genesis = null!;
    private byte[][] _extrinsics = null!;
    private byte[] _timestamp = null!;
    private Header _header = null!;

    [GlobalSetup]
    public void Setup()
    {
        _runtime = new SubtensorRuntime();
        KeyPair[] senders = [.. Enumerable.Range(0, Transfers).Select(i => KeyPair.FromUri($"//Bench//{i}"))];
        AccountId32 alice = new(KeyPair.FromUri("//Alice").PublicKey.Span);
        GenesisConfig config = GenesisConfig.Dev() with
        {
            Balances = [.. GenesisConfig.Dev().Balances, .. senders.Select(s => new KeyValuePair<AccountId32, ulong>(new AccountId32(s.PublicKey.Span), 1_000 * Balance.RaoPerTao))],
        };
        _genesis = GenesisBuilder.Build(_runtime, config);
        _store = new InMemoryKeyValueStore();
        _store.Write(_genesis.ToWriteBatch());

        var implicitData = new TransactionImplicit(_runtime.Version.SpecVersion, _runtime.Version.TransactionVersion, _genesis.Hash, _genesis.Hash);
        var extra = new TransactionExtra(Era.Immortal, 0, 0);
        byte[] call = _runtime.Balances.TransferKeepAlive.Create(MultiAddress.Id(alice), Balance.RaoPerTao).Encode();
        _extrinsics = [.. senders.Select(s => UncheckedExtrinsic.CreateSigned(s, call, extra, implicitData, _runtime.Extensions).Encode(_runtime.Extensions))];

        const ulong Slot = 141_666_667;
        _header = new Header(_genesis.Hash, 1, H256.Zero, H256.Zero, new Digest([AuraPallet.SlotDigest(Slot)]));
        _timestamp = UncheckedExtrinsic.Bare(_runtime.Timestamp.Set.Create(Slot * AuraPallet.SlotDuration).Encode()).Encode(_runtime.Extensions);

        Header header = ApplyBlockOf1000Transfers();
        if (_runtime.ExecuteBlock(_store.GetSnapshot(), header, [_timestamp, .. _extrinsics]).Header!.StateRoot != header.StateRoot)
        {
            throw new InvalidOperationException("re-execution differs");
        }
    }

    [Benchmark]
    public Header ApplyBlockOf1000Transfers()
    {
        BlockExecutor block = _runtime.BeginBlock(_store.GetSnapshot(), _header);
        block.ApplyExtrinsic(_timestamp);
        foreach (byte[] xt in _extrinsics)
        {
            if (!block.ApplyExtrinsic(xt).IsIncluded)
            {
                throw new InvalidOperationException("transfer not included");
            }
        }

        return block.FinalizeBlock();
    }

    [Benchmark]
    public int Validate1000TransfersForPool()
    {
        int valid = 0;
        foreach (byte[] xt in _extrinsics)
        {
            valid += _runtime.ValidateTransaction(_store, xt, _genesis.Hash).IsValid ? 1 : 0;
        }

        return valid == Transfers ? valid : throw new InvalidOperationException("invalid transfer");
    }
}
