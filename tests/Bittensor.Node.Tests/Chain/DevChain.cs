using Bittensor.Core.Chain;
using Bittensor.Core.Chain.Extrinsics;
using Bittensor.Core.Crypto;
using Bittensor.Core.Primitives;
using Bittensor.Node.Chain;
using Bittensor.Node.Pool;
using Bittensor.Node.Storage;
using Bittensor.Runtime;
using Bittensor.Runtime.Framework.Storage;
using Bittensor.Runtime.Genesis;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bittensor.Node.Tests.Chain;

/// <summary>
/// The node's real chain parts without the host: the dev runtime and genesis, a <see cref="Blockchain"/> over a database
/// (in memory unless given), its <see cref="TransactionPool"/> and a <see cref="BlockProducer"/> signing as //Alice.
/// Blocks are produced on demand, so tests need no timers.
/// </summary>
internal sealed class DevChain : IDisposable
{
    private static readonly Lazy<(NodeRuntime Runtime, GenesisBlock Genesis)> s_dev = new(() =>
    {
        NodeRuntime runtime = NodeRuntime.CreateDev();
        return (runtime, runtime.BuildGenesis(GenesisConfig.Dev(), dev: true));
    });

    private static readonly Dictionary<string, KeyPair> s_keys = [];

    public DevChain(IKeyValueDatabase? database = null, int retainedStates = Blockchain.DefaultRetainedStates, int maxPoolCount = TransactionPool.DefaultMaxCount)
    {
        Database = database ?? new InMemoryKeyValueDatabase();
        Chain = Blockchain.Open(Database, Runtime, Genesis, retainedStates: retainedStates);
        Pool = new TransactionPool(Chain, maxPoolCount);
        Producer = new BlockProducer(Chain, Pool, Key("Alice"), TimeProvider.System, NullLogger.Instance);
    }

    public static NodeRuntime Runtime => s_dev.Value.Runtime;

    public static GenesisBlock Genesis => s_dev.Value.Genesis;

    public static AccountId32 Alice => Account("Alice");

    public static AccountId32 Bob => Account("Bob");

    public IKeyValueDatabase Database { get; }

    public Blockchain Chain { get; }

    public TransactionPool Pool { get; }

    public BlockProducer Producer { get; }

    public static KeyPair Key(string name)
    {
        lock (s_keys)
        {
            if (!s_keys.TryGetValue(name, out KeyPair? key))
            {
                s_keys[name] = key = KeyPair.FromUri("//" + name);
            }

            return key;
        }
    }

    public static AccountId32 Account(string name) => new(Key(name).PublicKey.Span);

    /// <summary>A signed, immortal Balances.transfer_keep_alive.</summary>
    public static byte[] Transfer(KeyPair from, in AccountId32 to, ulong amount, uint nonce, ulong tip = 0)
    {
        var runtime = Runtime.Runtime;
        byte[] call = runtime.Balances.TransferKeepAlive.Create(MultiAddress.Id(to), amount).Encode();
        var implicitData = new TransactionImplicit(runtime.Version.SpecVersion, runtime.Version.TransactionVersion, Genesis.Hash, Genesis.Hash);
        return UncheckedExtrinsic.CreateSigned(from, call, new TransactionExtra(Era.Immortal, nonce, tip), implicitData, runtime.Extensions).Encode(runtime.Extensions);
    }

    /// <summary><paramref name="extrinsic"/> with one byte of its sr25519 signature flipped.</summary>
    public static byte[] WithBadSignature(byte[] extrinsic, KeyPair signer)
    {
        byte[] copy = (byte[])extrinsic.Clone();
        int address = copy.AsSpan().IndexOf(signer.PublicKey.Span);
        Assert.True(address > 0);
        copy[address + 32 + 1 + 10] ^= 0x55; // skip the key and the MultiSignature variant byte
        return copy;
    }

    public BlockEntry Produce() => Producer.Produce(TimeSpan.FromSeconds(30));

    public AccountInfo AccountOf(in AccountId32 who) => Runtime.Runtime.System.Account.Get(new StorageOverlay(Chain.BestState), who);

    public void Dispose()
    {
        Pool.Dispose();
        Chain.Dispose();
    }
}
