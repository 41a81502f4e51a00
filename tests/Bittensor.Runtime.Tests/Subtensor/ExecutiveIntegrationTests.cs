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
            uint number = _number + 1;
            var header = new Header(_head, number, H256.Zero, H256.Zero, new Digest([AuraPallet.SlotDigest(TestChain.GenesisSlot + number)]));
            BlockExecutor executor = Runtime.BeginBlock(_store.GetSnapshot(), header);
            Assert.True(executor.ApplyExtrinsic(UncheckedExtrinsic.Bare(Runtime.Timestamp.Set.Create(TestChain.TimestampOf(number)).Encode()).Encode(Runtime.Extensions)).IsIncluded);
            var nonces = new Dictionary<AccountId32, uint>();
            var results = new List<ApplyExtrinsicResult>();
            foreach ((KeyPair signer, RuntimeCall call) in calls)
            {
                var who = new AccountId32(signer.PublicKey.Span);
                uint nonce = nonces.TryGetValue(who, out uint n) ? n : Runtime.AccountNonce(_store, who);
                nonces[who] = nonce + 1;
                var implicitData = new TransactionImplicit(Runtime.Version.SpecVersion, Runtime.Version.TransactionVersion, _genesisHash, _genesisHash);
                results.Add(executor.ApplyExtrinsic(UncheckedExtrinsic.CreateSigned(signer, call.Encode(), new TransactionExtra(Era.Immortal, nonce, 0), implicitData, Runtime.Extensions).Encode(Runtime.Extensions)));
            }

            IReadOnlyList<EventRecord> events = [.. executor.Context.Events];
            Header sealedHeader = executor.FinalizeBlock();
            _store.Write(executor.ToWriteBatch());
            _head = sealedHeader.Hash();
            _number = number;
            return (results, events);
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
}
