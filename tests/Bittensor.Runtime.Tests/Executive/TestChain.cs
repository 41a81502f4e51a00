using Bittensor.Core.Chain;
using Bittensor.Core.Chain.Extrinsics;
using Bittensor.Core.Crypto;
using Bittensor.Core.Primitives;
using Bittensor.Core.Storage;
using Bittensor.Runtime.Executive;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Genesis;
using Bittensor.Runtime.Pallets;

namespace Bittensor.Runtime.Tests.Executive;

/// <summary>
/// A dev chain in memory for tests: genesis, blocks with the Aura slot digest and the Timestamp inherent, signed
/// extrinsics from the dev keys, and the state committed after each block.
/// </summary>
internal sealed class TestChain
{
    /// <summary>An arbitrary slot-aligned genesis time (ms).</summary>
    public const ulong GenesisSlot = 141_666_666;

    private static readonly Dictionary<string, KeyPair> s_keys = [];
    private static readonly Lock s_keysLock = new();

    public TestChain(SubtensorRuntime? runtime = null, GenesisConfig? config = null)
    {
        Runtime = runtime ?? new SubtensorRuntime();
        Genesis = GenesisBuilder.Build(Runtime, config ?? GenesisConfig.Dev());
        Store.Write(Genesis.ToWriteBatch());
        Head = Genesis.Header;
        HeadHash = Genesis.Hash;
    }

    public SubtensorRuntime Runtime { get; }

    public GenesisBlock Genesis { get; }

    public InMemoryKeyValueStore Store { get; } = new();

    public Header Head { get; private set; }

    public H256 HeadHash { get; private set; }

    public uint Number => Head.Number;

    public List<H256> Hashes { get; } = [];

    public static KeyPair Key(string name, KeyScheme scheme = KeyScheme.Sr25519)
    {
        lock (s_keysLock)
        {
            string id = $"{name}/{scheme}";
            if (!s_keys.TryGetValue(id, out KeyPair? key))
            {
                key = KeyPair.FromUri("//" + name, scheme);
                s_keys[id] = key;
            }

            return key;
        }
    }

    public static AccountId32 Account(string name, KeyScheme scheme = KeyScheme.Sr25519) => new(Key(name, scheme).PublicKey.Span);

    public static AccountId32 Alice => Account("Alice");

    public static AccountId32 Bob => Account("Bob");

    public static AccountId32 Charlie => Account("Charlie");

    public static ulong TimestampOf(uint number) => (GenesisSlot + number) * AuraPallet.SlotDuration;

    public Header NextHeader(uint? slotOffset = null) =>
        new(HeadHash, Number + 1, H256.Zero, H256.Zero, new Digest([AuraPallet.SlotDigest(GenesisSlot + (slotOffset ?? Number + 1))]));

    public byte[] TimestampInherent(uint number) =>
        UncheckedExtrinsic.Bare(Runtime.Timestamp.Set.Create(TimestampOf(number)).Encode()).Encode(Runtime.Extensions);

    /// <summary>Starts the next block with its timestamp inherent already applied.</summary>
    public BlockExecutor StartBlock()
    {
        BlockExecutor executor = Runtime.BeginBlock(Store.GetSnapshot(), NextHeader());
        ApplyExtrinsicResult timestamp = executor.ApplyExtrinsic(TimestampInherent(executor.Number));
        if (!timestamp.IsIncluded)
        {
            throw new InvalidOperationException($"timestamp inherent rejected: {timestamp}");
        }

        return executor;
    }

    /// <summary>Finalizes and commits a block started with <see cref="StartBlock"/>.</summary>
    public Header Commit(BlockExecutor executor)
    {
        ArgumentNullException.ThrowIfNull(executor);
        Header header = executor.Header ?? executor.FinalizeBlock();
        Store.Write(executor.ToWriteBatch());
        Head = header;
        HeadHash = header.Hash();
        Hashes.Add(HeadHash);
        return header;
    }

    /// <summary>A block with the given extrinsics; returns the per-extrinsic results.</summary>
    public IReadOnlyList<ApplyExtrinsicResult> Block(params byte[][] extrinsics)
    {
        BlockExecutor executor = StartBlock();
        var results = extrinsics.Select(executor.ApplyExtrinsic).ToList();
        Commit(executor);
        return results;
    }

    public TransactionImplicit ImplicitFor(Era era, uint atNumber)
    {
        H256 birthHash = era.IsImmortal ? Genesis.Hash : HashAt((uint)era.Birth(atNumber));
        return new TransactionImplicit(Runtime.Version.SpecVersion, Runtime.Version.TransactionVersion, Genesis.Hash, birthHash);
    }

    public H256 HashAt(uint number) => number == 0 ? Genesis.Hash : Hashes[(int)number - 1];

    public uint Nonce(in AccountId32 who) => Runtime.AccountNonce(Store, who);

    public AccountInfo AccountOf(in AccountId32 who) => Runtime.System.Account.Get(new Bittensor.Runtime.Framework.Storage.StorageOverlay(Store), who);

    public ulong TotalIssuance => Runtime.Balances.TotalIssuance.Get(new Bittensor.Runtime.Framework.Storage.StorageOverlay(Store));

    /// <summary>Signs <paramref name="call"/> for inclusion in the next block (immortal by default, next nonce unless given).</summary>
    public byte[] Sign(KeyPair signer, RuntimeCall call, uint? nonce = null, Era? era = null, ulong tip = 0, TransactionImplicit? implicitOverride = null)
    {
        ArgumentNullException.ThrowIfNull(signer);
        ArgumentNullException.ThrowIfNull(call);
        Era e = era ?? Era.Immortal;
        uint n = nonce ?? Nonce(new AccountId32(signer.PublicKey.Span));
        var extra = new TransactionExtra(e, n, tip);
        TransactionImplicit implicitData = implicitOverride ?? ImplicitFor(e, Number);
        return UncheckedExtrinsic.CreateSigned(signer, call.Encode(), extra, implicitData, Runtime.Extensions).Encode(Runtime.Extensions);
    }

    public RuntimeCall TransferKeepAlive(in AccountId32 dest, ulong amount) => Runtime.Balances.TransferKeepAlive.Create(MultiAddress.Id(dest), amount);

    public RuntimeCall TransferAllowDeath(in AccountId32 dest, ulong amount) => Runtime.Balances.TransferAllowDeath.Create(MultiAddress.Id(dest), amount);
}
