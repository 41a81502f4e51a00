using Bittensor.Core.Chain;
using Bittensor.Core.Chain.Extrinsics;
using Bittensor.Core.Crypto;
using Bittensor.Core.Primitives;
using Bittensor.Core.Scale;
using Bittensor.Core.Storage;
using Bittensor.Runtime.Api;
using Bittensor.Runtime.Executive;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Framework.Storage;
using Bittensor.Runtime.Framework.Types;
using Bittensor.Runtime.Genesis;
using Bittensor.Runtime.Pallets;
using Bittensor.Runtime.Pallets.Subtensor;
using Bittensor.Runtime.Tests.Executive;

namespace Bittensor.Runtime.Tests.Api.Subtensor;

/// <summary>
/// A dev chain built through the real runtime (signed extrinsics through the executive, the block step, epochs) that the
/// runtime API tests query with <c>state_call</c> at its head.
/// </summary>
internal sealed class ApiChain
{
    private readonly InMemoryKeyValueStore _store = new();
    private readonly H256 _genesisHash;
    private H256 _head;
    private uint _number;

    public ApiChain()
    {
        GenesisBlock genesis = Runtime.BuildGenesis(GenesisConfig.Dev(), dev: true);
        _store.Write(genesis.ToWriteBatch());
        _genesisHash = genesis.Hash;
        _head = genesis.Hash;
    }

    public NodeRuntime Runtime { get; } = NodeRuntime.CreateDev();

    public SubtensorModule Module => Runtime.Subtensor;

    /// <summary>The head state (read only: writes go to a throw-away overlay).</summary>
    public IStorage State => new StorageOverlay(_store);

    public uint Number => _number;

    /// <summary>Imports a block with the given signed calls; throws naming the call when one is not included or fails.</summary>
    public void Block(params (KeyPair Signer, RuntimeCall Call)[] calls)
    {
        uint number = _number + 1;
        var header = new Header(_head, number, H256.Zero, H256.Zero, new Digest([AuraPallet.SlotDigest(TestChain.GenesisSlot + number)]));
        SubtensorRuntime runtime = Runtime.Runtime;
        BlockExecutor executor = runtime.BeginBlock(_store.GetSnapshot(), header);
        Assert.True(executor.ApplyExtrinsic(UncheckedExtrinsic.Bare(runtime.Timestamp.Set.Create(TestChain.TimestampOf(number)).Encode()).Encode(runtime.Extensions)).IsIncluded);
        var nonces = new Dictionary<AccountId32, uint>();
        foreach ((KeyPair signer, RuntimeCall call) in calls)
        {
            var who = new AccountId32(signer.PublicKey.Span);
            uint nonce = nonces.TryGetValue(who, out uint n) ? n : runtime.AccountNonce(_store, who);
            nonces[who] = nonce + 1;
            var implicitData = new TransactionImplicit(runtime.Version.SpecVersion, runtime.Version.TransactionVersion, _genesisHash, _genesisHash);
            int before = executor.Context.Events.Count;
            ApplyExtrinsicResult result = executor.ApplyExtrinsic(UncheckedExtrinsic.CreateSigned(signer, call.Encode(), new TransactionExtra(Era.Immortal, nonce, 0), implicitData, runtime.Extensions).Encode(runtime.Extensions));
            if (!result.IsIncluded || executor.Context.Events.Skip(before).Any(e => e.Event.Descriptor.Name == "ExtrinsicFailed"))
            {
                throw new InvalidOperationException($"setup call {call.Call.Name} failed in block {number}: {result}");
            }
        }

        Header sealedHeader = executor.FinalizeBlock();
        _store.Write(executor.ToWriteBatch());
        _head = sealedHeader.Hash();
        _number = number;
    }

    /// <summary>Writes storage directly (for state this runtime cannot produce through calls yet).</summary>
    public void Write(Action<IStorage> change)
    {
        var overlay = new StorageOverlay(_store);
        change(overlay);
        _store.Write(overlay.ToWriteBatch());
    }

    /// <summary><c>state_call</c> at the head.</summary>
    public byte[] Call(string method, params byte[] args) => Runtime.Apis.Call(new RuntimeApiCall(Runtime, _store, _head), method, args);

    /// <summary><c>state_call</c> at the head, decoded with the method's declared output type (all bytes must be consumed).</summary>
    public object? Query(string method, params byte[] args) => Decode(Output(method), Call(method, args));

    public RuntimeApiMethodDescriptor Method(string method) =>
        Runtime.Apis.Apis.SelectMany(a => a.Methods.Select(m => (Name: $"{a.Name}_{m.Name}", m))).Single(x => x.Name == method).m;

    public TypeRef Output(string method) => Method(method).Output;

    public static object? Decode(TypeRef type, byte[] bytes)
    {
        var reader = new ScaleReader(bytes);
        object? value = ScaleValue.Decode(type, ref reader);
        reader.EnsureConsumed();
        return value;
    }

    public static byte[] U16(ushort value) => ScaleCodec.Encode<ushort, U16Codec>(value);

    public static byte[] Args(params byte[][] parts) => [.. parts.SelectMany(p => p)];
}
