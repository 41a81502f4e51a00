using Bittensor.Core.Chain;
using Bittensor.Core.Chain.Extrinsics;
using Bittensor.Core.Crypto;
using Bittensor.Core.Primitives;
using Bittensor.Core.Storage;
using Bittensor.Runtime;
using Bittensor.Runtime.Executive;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Framework.Storage;
using Bittensor.Runtime.Genesis;
using Bittensor.Runtime.Pallets;
using Bittensor.Runtime.Pallets.Subtensor;

namespace Bittensor.Benchmarks;

/// <summary>
/// 256 signed set_weights with full weight rows (256 uids each) from the 256 neurons of one subnet on the dev runtime,
/// every one included and successful. Upstream's declared set_weights weight (15.5 ms of ref time plus 4,112 reads,
/// weights.rs) lets 25 into a block's 3 s normal-class budget, so the 256 calls fill 11 blocks (10 × 25 + 6); the
/// benchmark applies and finalizes those 11 blocks (signature checks, dispatch, coinbase, trie state root), each on its
/// precomputed parent state. <see cref="Apply11EmptyBlocks"/> is the same 11 blocks with only the timestamp inherent, so
/// the difference is the cost of the 256 set_weights.
/// </summary>
/// <remarks>
/// Setup runs the real calls through blocks: //Alice registers and starts subnet 1 (owner hotkey //Bench//0), raises
/// max_registrations_per_block, target_registrations_per_interval and max_allowed_validators (256) with sudo; //Bench//1…255
/// burned_register themselves and stake 10 TAO each; blocks run until the epoch has given all 255 a validator permit
/// (the owner hotkey is exempt); then sudo sets the tempo to 1,000 so no epoch falls inside the measured blocks.
/// Every check of set_weights passes: commit-reveal off and weights rate limit 0 (dev), StakeThreshold 0, version key 0,
/// full rows ≥ min_allowed_weights (1), max_weights_limit 65,535.
/// </remarks>
[MemoryDiagnoser]
public class SetWeightsBenchmarks
{
    private const int Neurons = 256;
    private const ushort NetUid = 1;
    private const ulong Tao = Balance.RaoPerTao;
    private const ulong GenesisSlot = 141_666_666;

    private NodeRuntime _runtime = null!;
    private MeasuredBlock[] _withWeights = null!;
    private MeasuredBlock[] _empty = null!;

    [GlobalSetup]
    public void Setup()
    {
        _runtime = NodeRuntime.CreateDev();
        SubtensorModule m = _runtime.Subtensor;
        KeyPair alice = KeyPair.FromUri("//Alice");
        KeyPair[] neurons = [.. Enumerable.Range(0, Neurons).Select(i => KeyPair.FromUri($"//Bench//{i}"))];
        AccountId32[] ids = [.. neurons.Select(k => new AccountId32(k.PublicKey.Span))];
        GenesisConfig config = GenesisConfig.Dev() with
        {
            Balances = [.. GenesisConfig.Dev().Balances, .. ids.Select(a => new KeyValuePair<AccountId32, ulong>(a, 1_000 * Tao))],
        };
        var chain = new Chain(_runtime.Runtime, _runtime.BuildGenesis(config, dev: true));

        chain.Fill([(alice, m.RegisterNetwork.Create(ids[0])), (alice, m.StartCall.Create(NetUid))]);
        chain.Fill(
        [
            (alice, _runtime.Runtime.Sudo.Sudo.Create(_runtime.AdminUtils.SudoSetMaxRegistrationsPerBlock.Create(NetUid, (ushort)Neurons))),
            (alice, _runtime.Runtime.Sudo.Sudo.Create(_runtime.AdminUtils.SudoSetTargetRegistrationsPerInterval.Create(NetUid, (ushort)Neurons))),
            (alice, _runtime.Runtime.Sudo.Sudo.Create(_runtime.AdminUtils.SudoSetMaxAllowedValidators.Create(NetUid, (ushort)Neurons))),
        ]);
        chain.Fill([.. Enumerable.Range(1, Neurons - 1).Select(i => (neurons[i], m.BurnedRegister.Create(NetUid, ids[i])))]);
        chain.Fill([.. Enumerable.Range(1, Neurons - 1).Select(i => (neurons[i], m.AddStake.Create(ids[i], NetUid, 10 * Tao)))]);
        Require(m.SubnetworkN.Get(chain.State, NetUid) == Neurons, "256 neurons registered");
        Require(m.MaxAllowedValidators.Get(chain.State, NetUid) == Neurons, "max_allowed_validators raised");
        for (int b = 0; b < 30 && !m.ValidatorPermit.Get(chain.State, NetUid).Skip(1).All(p => p); b++)
        {
            chain.Fill([]);
        }

        bool[] permits = m.ValidatorPermit.Get(chain.State, NetUid);
        Require(permits.Length == Neurons && permits.Skip(1).All(p => p), "every staked neuron holds a validator permit");
        chain.Fill([(alice, _runtime.Runtime.Sudo.Sudo.Create(_runtime.AdminUtils.SudoSetTempo.Create(NetUid, (ushort)1_000)))]);
        ulong epochs = m.SubnetEpochIndex.Get(chain.State, NetUid);

        object?[] dests = [.. Enumerable.Range(0, Neurons).Select(u => (object?)(ushort)u)];
        (KeyPair, RuntimeCall)[] setWeights =
        [
            .. Enumerable.Range(0, Neurons).Select(i => (neurons[i], m.SetWeights.Create(NetUid, dests, Row(i), 0UL))),
        ];
        _withWeights = chain.Fill(setWeights);
        Require(_withWeights.Sum(b => b.Extrinsics.Length - 1) == Neurons, "all 256 set_weights included");
        Require(Enumerable.Range(0, Neurons).All(u => m.Weights.Get(chain.State, NetUid, (ushort)u).Length == Neurons), "every uid's full row stored");
        Require(m.SubnetEpochIndex.Get(chain.State, NetUid) == epochs, "no epoch inside the measured blocks");
        _empty = [.. _withWeights.Select(b => b with { Extrinsics = [b.Extrinsics[0]] })];
        Console.WriteLine($"// set_weights per block: {string.Join(", ", _withWeights.Select(b => b.Extrinsics.Length - 1))}");
    }

    [Benchmark]
    public Header Apply256SetWeightsIn11Blocks() => Apply(_withWeights);

    [Benchmark(Baseline = true)]
    public Header Apply11EmptyBlocks() => Apply(_empty);

    /// <summary>Neuron <paramref name="i"/>'s weights for uids 0…255: varied, non-zero, deterministic.</summary>
    private static object?[] Row(int i) => [.. Enumerable.Range(0, Neurons).Select(u => (object?)(ushort)(1 + (((i * 31) + (u * 17)) % 1_000)))];

    private static void Require(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException("setup failed: " + what);
        }
    }

    private Header Apply(MeasuredBlock[] blocks)
    {
        Header last = null!;
        foreach (MeasuredBlock block in blocks)
        {
            BlockExecutor executor = _runtime.Runtime.BeginBlock(block.Parent, block.Header);
            foreach (byte[] xt in block.Extrinsics)
            {
                ApplyExtrinsicResult result = executor.ApplyExtrinsic(xt);
                if (result.Outcome != ApplyOutcome.Success)
                {
                    throw new InvalidOperationException($"block {block.Header.Number}: {result}");
                }
            }

            last = executor.FinalizeBlock();
        }

        return last;
    }

    /// <summary>A block to re-apply: its parent state (an immutable snapshot), pre-seal header and body (timestamp first).</summary>
    private sealed record MeasuredBlock(IReadOnlyKeyValueStore Parent, Header Header, byte[][] Extrinsics);

    /// <summary>The dev chain in memory; <see cref="Fill"/> packs signed calls into as many blocks as the weight limit needs.</summary>
    private sealed class Chain
    {
        private readonly SubtensorRuntime _runtime;
        private readonly GenesisBlock _genesis;
        private readonly InMemoryKeyValueStore _store = new();
        private readonly Dictionary<AccountId32, uint> _nonces = [];
        private H256 _head;
        private uint _number;

        public Chain(SubtensorRuntime runtime, GenesisBlock genesis)
        {
            _runtime = runtime;
            _genesis = genesis;
            _store.Write(genesis.ToWriteBatch());
            _head = genesis.Hash;
        }

        public IStorage State => new StorageOverlay(_store);

        /// <summary>Applies the calls in order, starting a new block whenever the next would exhaust the block; every call must succeed.</summary>
        public MeasuredBlock[] Fill((KeyPair Signer, RuntimeCall Call)[] calls)
        {
            var blocks = new List<MeasuredBlock>();
            int next = 0;
            do
            {
                IKeyValueSnapshot parent = _store.GetSnapshot();
                uint number = _number + 1;
                var header = new Header(_head, number, H256.Zero, H256.Zero, new Digest([AuraPallet.SlotDigest(GenesisSlot + number)]));
                BlockExecutor executor = _runtime.BeginBlock(parent, header);
                var body = new List<byte[]> { UncheckedExtrinsic.Bare(_runtime.Timestamp.Set.Create((GenesisSlot + number) * AuraPallet.SlotDuration).Encode()).Encode(_runtime.Extensions) };
                Require(executor.ApplyExtrinsic(body[0]).IsIncluded, "timestamp inherent");
                for (; next < calls.Length; next++)
                {
                    byte[] xt = Sign(calls[next].Signer, calls[next].Call);
                    ApplyExtrinsicResult result = executor.ApplyExtrinsic(xt);
                    if (result.ValidityError?.InvalidReason == InvalidTransaction.ExhaustsResources && body.Count > 1)
                    {
                        break;
                    }

                    Require(result.Outcome == ApplyOutcome.Success, $"call {next} in block {number}: {result}");
                    _nonces[new AccountId32(calls[next].Signer.PublicKey.Span)]++;
                    body.Add(xt);
                }

                Header produced = executor.FinalizeBlock();
                _store.Write(executor.ToWriteBatch());
                _head = produced.Hash();
                _number = number;
                blocks.Add(new MeasuredBlock(parent, header, [.. body]));
            }
            while (next < calls.Length);

            return [.. blocks];
        }

        private byte[] Sign(KeyPair signer, RuntimeCall call)
        {
            var who = new AccountId32(signer.PublicKey.Span);
            uint nonce = _nonces.TryGetValue(who, out uint n) ? n : (_nonces[who] = 0);
            var implicitData = new TransactionImplicit(_runtime.Version.SpecVersion, _runtime.Version.TransactionVersion, _genesis.Hash, _genesis.Hash);
            return UncheckedExtrinsic.CreateSigned(signer, call.Encode(), new TransactionExtra(Era.Immortal, nonce, 0), implicitData, _runtime.Extensions).Encode(_runtime.Extensions);
        }
    }
}
