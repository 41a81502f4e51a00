using Bittensor.Core.Chain;
using Bittensor.Core.Chain.Extrinsics;
using Bittensor.Core.Crypto;
using Bittensor.Core.Primitives;
using Bittensor.Core.Storage;
using Bittensor.Runtime.Executive;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Framework.Storage;
using Bittensor.Runtime.Genesis;
using Bittensor.Runtime.Pallets;
using Bittensor.Runtime.Pallets.Subtensor;
using Bittensor.Runtime.Tests.Executive;

namespace Bittensor.Runtime.Tests.Subtensor;

/// <summary>SubtensorModule in the composed runtime: signed extrinsics through the executive, the block step as on_initialize.</summary>
public class ExecutiveIntegrationTests
{
    private sealed class Chain
    {
        private readonly InMemoryKeyValueStore _store = new();
        private readonly H256 _genesisHash;
        private H256 _head;
        private uint _number;

        public Chain()
        {
            SubtensorModule? module = null;
            Runtime = new SubtensorRuntime(core => [module = new SubtensorModule(core.System, core.Balances, SubnetDefaults.Dev)]);
            Module = module!;
            GenesisBlock genesis = GenesisBuilder.Build(Runtime, GenesisConfig.Dev(), ctx => Module.BuildGenesis(ctx, dev: true));
            _store.Write(genesis.ToWriteBatch());
            _genesisHash = genesis.Hash;
            _head = genesis.Hash;
        }

        public SubtensorRuntime Runtime { get; }

        public SubtensorModule Module { get; }

        public IStorage State => new StorageOverlay(_store);

        public (IReadOnlyList<ApplyExtrinsicResult> Results, IReadOnlyList<EventRecord> Events) Block(params (KeyPair Signer, RuntimeCall Call)[] calls)
        {
            BlockExecutor executor = BeginBlock();
            var nonces = new Dictionary<AccountId32, uint>();
            var results = new List<ApplyExtrinsicResult>();
            foreach ((KeyPair signer, RuntimeCall call) in calls)
            {
                var who = new AccountId32(signer.PublicKey.Span);
                uint nonce = nonces.TryGetValue(who, out uint n) ? n : Runtime.AccountNonce(_store, who);
                nonces[who] = nonce + 1;
                results.Add(Apply(executor, signer, call, nonce));
            }

            IReadOnlyList<EventRecord> events = [.. executor.Context.Events];
            Seal(executor);
            return (results, events);
        }

        /// <summary>Starts the next block (on_initialize and the timestamp inherent run).</summary>
        public BlockExecutor BeginBlock()
        {
            uint number = _number + 1;
            var header = new Header(_head, number, H256.Zero, H256.Zero, new Digest([AuraPallet.SlotDigest(TestChain.GenesisSlot + number)]));
            BlockExecutor executor = Runtime.BeginBlock(_store.GetSnapshot(), header);
            Assert.True(executor.ApplyExtrinsic(UncheckedExtrinsic.Bare(Runtime.Timestamp.Set.Create(TestChain.TimestampOf(number)).Encode()).Encode(Runtime.Extensions)).IsIncluded);
            return executor;
        }

        public ApplyExtrinsicResult Apply(BlockExecutor executor, KeyPair signer, RuntimeCall call, uint nonce)
        {
            var implicitData = new TransactionImplicit(Runtime.Version.SpecVersion, Runtime.Version.TransactionVersion, _genesisHash, _genesisHash);
            return executor.ApplyExtrinsic(UncheckedExtrinsic.CreateSigned(signer, call.Encode(), new TransactionExtra(Era.Immortal, nonce, 0), implicitData, Runtime.Extensions).Encode(Runtime.Extensions));
        }

        public uint Nonce(in AccountId32 who) => Runtime.AccountNonce(_store, who);

        public void Seal(BlockExecutor executor)
        {
            Header sealedHeader = executor.FinalizeBlock();
            _store.Write(executor.ToWriteBatch());
            _head = sealedHeader.Hash();
            _number = executor.Number;
        }
    }

    [Fact]
    public void SignedCalls_AndBlockStep_RunThroughTheExecutive()
    {
        var chain = new Chain();
        SubtensorModule m = chain.Module;
        KeyPair alice = TestChain.Key("Alice");
        KeyPair bob = TestChain.Key("Bob");
        KeyPair charlie = TestChain.Key("Charlie");
        AccountId32 ownerHot = new(charlie.PublicKey.Span);
        AccountId32 minerHot = SubtensorHarness.Hotkey(1);

        (IReadOnlyList<ApplyExtrinsicResult> results, IReadOnlyList<EventRecord> events) = chain.Block(
            (alice, m.RegisterNetwork.Create(ownerHot)),
            (alice, m.StartCall.Create((ushort)1)),
            (bob, m.BurnedRegister.Create((ushort)1, minerHot)),
            (bob, m.AddStake.Create(minerHot, (ushort)1, 5 * SubtensorHarness.Tao)));
        Assert.All(results, r => Assert.True(r.IsIncluded));
        Assert.Contains(events, e => e.Event.Is(m.NetworkAdded));
        Assert.Contains(events, e => e.Event.Is(m.NeuronRegistered));
        Assert.Contains(events, e => e.Event.Is(m.StakeAdded));
        Assert.DoesNotContain(events, e => e.Event.Descriptor.Name == "ExtrinsicFailed");

        // Weights through an extrinsic signed by the owner hotkey: Vec<u16> arguments decode and the owner needs no permit.
        (results, events) = chain.Block((charlie, m.SetWeights.Create((ushort)1, new object?[] { (ushort)1 }, new object?[] { (ushort)7 }, 0UL)));
        Assert.Contains(events, e => e.Event.Is(m.WeightsSet));
        Assert.Equal([(1, 65535)], m.Weights.Get(chain.State, 1, 0).Select(e => ((int)e.Uid, (int)e.Value)));

        for (int b = 0; b < 30; b++)
        {
            chain.Block();
        }

        IStorage state = chain.State;
        Assert.True(m.SubnetEpochIndex.Get(state, 1) >= 2);
        Assert.True(m.BlockEmission.Get(state) > 0);
        Assert.True(m.GetStake(state, minerHot, new AccountId32(bob.PublicKey.Span), 1) > 0);
        Assert.Equal(m.TotalIssuance.Get(state), chain.Runtime.Balances.TotalIssuance.Get(state) + m.SubnetTAO.Get(state, 1));
    }

    [Fact]
    public void SwapHotkey_FailedExtrinsic_ChangesNothingButTheSignersFee()
    {
        var chain = new Chain();
        SubtensorModule m = chain.Module;
        KeyPair alice = TestChain.Key("Alice");
        KeyPair bob = TestChain.Key("Bob");
        AccountId32 bobId = new(bob.PublicKey.Span);
        AccountId32 ownerHot = new(TestChain.Key("Charlie").PublicKey.Span);
        AccountId32 minerHot = SubtensorHarness.Hotkey(1);
        AccountId32 newHot = SubtensorHarness.Hotkey(2);
        (IReadOnlyList<ApplyExtrinsicResult> setup, _) = chain.Block(
            (alice, m.RegisterNetwork.Create(ownerHot)),
            (alice, m.StartCall.Create((ushort)1)),
            (bob, m.BurnedRegister.Create((ushort)1, minerHot)),
            (bob, m.AddStake.Create(minerHot, (ushort)1, 5 * SubtensorHarness.Tao)));
        Assert.All(setup, r => Assert.True(r.IsIncluded && r.DispatchError is null));

        // Dave does not own Bob's hotkey: the extrinsic is included and fails; only Dave's balance (the fee), the block
        // author's (who receives it) and the executive's per-extrinsic bookkeeping change.
        KeyPair dave = TestChain.Key("Dave");
        AccountId32 daveId = new(dave.PublicKey.Span);
        BlockExecutor executor = chain.BeginBlock();
        IStorage state = executor.Context.Storage;
        Dictionary<string, string> before = Snapshot(state);
        ulong daveFree = chain.Runtime.System.Account.Get(state, daveId).Data.Free.Rao;
        int eventCount = executor.Events.Count;
        ApplyExtrinsicResult failed = chain.Apply(executor, dave, m.SwapHotkey.Create(minerHot, newHot, (ushort?)null), chain.Nonce(daveId));
        Assert.True(failed.IsIncluded);
        Assert.Equal(m.NonAssociatedColdKey.ToDispatchError(), failed.DispatchError);
        ulong fee = executor.Events.Skip(eventCount).Single(e => e.Event.Descriptor.Name == "TransactionFeePaid").Event.Get<ulong>("actual_fee");
        Assert.True(fee > 0);
        Assert.Equal(daveFree - fee, chain.Runtime.System.Account.Get(state, daveId).Data.Free.Rao);

        Dictionary<string, string> after = Snapshot(state);
        string daveAccount = Hex(chain.Runtime.System.Account.KeyFor(daveId));
        string accounts = Hex(chain.Runtime.System.Account.Prefix);
        string systemPallet = Hex(chain.Runtime.System.Account.Prefix.AsSpan(0, 16));
        string issuance = Hex(chain.Runtime.Balances.TotalIssuance.Prefix);
        string extrinsicIndex = Hex(":extrinsic_index"u8);
        var changed = before.Keys.Union(after.Keys).Where(k => before.GetValueOrDefault(k) != after.GetValueOrDefault(k)).ToList();
        Assert.Contains(daveAccount, changed);
        Assert.All(changed, k => Assert.True(k.StartsWith(systemPallet, StringComparison.Ordinal) || k == issuance || k == extrinsicIndex, k));
        Assert.True(changed.Count(k => k.StartsWith(accounts, StringComparison.Ordinal)) <= 2, string.Join("\n", changed));

        // Bob's swap of his own hotkey in the same block succeeds and costs him the fee plus KeySwapCost.
        ulong bobFree = chain.Runtime.System.Account.Get(state, bobId).Data.Free.Rao;
        eventCount = executor.Events.Count;
        ApplyExtrinsicResult ok = chain.Apply(executor, bob, m.SwapHotkey.Create(minerHot, newHot, (ushort?)null), chain.Nonce(bobId));
        Assert.True(ok.IsIncluded && ok.DispatchError is null, ok.ToString());
        ulong bobFee = executor.Events.Skip(eventCount).Single(e => e.Event.Descriptor.Name == "TransactionFeePaid").Event.Get<ulong>("actual_fee");
        Assert.Equal(bobFree - bobFee - SubtensorModule.KeySwapCost, chain.Runtime.System.Account.Get(state, bobId).Data.Free.Rao);
        Assert.Contains(executor.Events.Skip(eventCount), e => e.Event.Is(m.HotkeySwapped));
        chain.Seal(executor);
        Assert.Equal(bobId, m.Owner.Get(chain.State, newHot));
    }

    private static Dictionary<string, string> Snapshot(IStorage state) => state.Iterate([]).ToDictionary(e => Hex(e.Key), e => Hex(e.Value));

    private static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(bytes);
}
