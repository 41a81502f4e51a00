using System.Text.Json;
using Bittensor.Core.Chain;
using Bittensor.Core.Hashing;
using Bittensor.Core.Primitives;
using Bittensor.Core.Storage;
using Bittensor.Runtime.Executive;
using Bittensor.Runtime.Framework.Storage;
using Bittensor.Runtime.Framework.Types;
using Bittensor.Runtime.Tests.Vectors;

namespace Bittensor.Runtime.Tests.Framework;

public class StorageItemTests
{
    private static readonly SubtensorRuntime Runtime = new();

    private static JsonElement Keys => VectorFile.Load("substrate-crypto.json").GetProperty("storage_keys");

    private static readonly AccountId32 Alice = AccountId32.Parse("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY");
    private static readonly AccountId32 Bob = AccountId32.Parse("5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty");

    private static string V(string name) => Keys.GetProperty(name).GetString()!;

    [Fact]
    public void Keys_OfDeclaredItems_MatchVectors()
    {
        Assert.Equal(V("System.Account(//Alice)"), Hex.Encode(Runtime.System.Account.KeyFor(Alice)));
        Assert.Equal(V("System.Account(//Bob)"), Hex.Encode(Runtime.System.Account.KeyFor(Bob)));
        Assert.Equal(V("System.Account(prefix)"), Hex.Encode(Runtime.System.Account.Prefix));
        Assert.Equal(V("System.Events"), Hex.Encode(Runtime.System.EventsValue.Key));
        Assert.Equal(V("System.Number"), Hex.Encode(Runtime.System.Number.Key));
        Assert.Equal(V("System.BlockHash(0) [Twox64Concat u32]"), Hex.Encode(Runtime.System.BlockHash.KeyFor(0)));
        Assert.Equal(V("Timestamp.Now"), Hex.Encode(Runtime.Timestamp.Now.Key));
        Assert.Equal(V("Balances.TotalIssuance"), Hex.Encode(Runtime.Balances.TotalIssuance.Key));
        Assert.Equal(V("Sudo.Key"), Hex.Encode(Runtime.Sudo.Key.Key));
        Assert.Equal(V(":extrinsic_index"), Hex.Encode(Bittensor.Runtime.Pallets.SystemPallet.ExtrinsicIndexKey));
    }

    [Fact]
    public void AccountInfo_ValueEncoding_MatchesVector()
    {
        JsonElement v = VectorFile.Load("substrate-crypto.json").GetProperty("account_info");
        var info = new AccountInfo(5, 0, 1, 0, new AccountData(new Balance(1_000_000_000_000), Balance.Zero, Balance.Zero, AccountData.NewLogicFlag));
        Assert.Equal(v.GetProperty("scale").GetString(), Hex.Encode(Codecs.AccountInfo.Encode(info)));
    }

    [Fact]
    public void Defaults_ValueQueryAndOptionQuery_AsMetadataDeclares()
    {
        var storage = new StorageOverlay(new InMemoryKeyValueStore());
        Assert.Equal(0u, Runtime.System.Number.Get(storage));
        Assert.False(Runtime.System.Number.Exists(storage));
        Assert.Equal(StorageModifier.Default, Runtime.System.Number.Modifier);
        Assert.Equal([0, 0, 0, 0], Runtime.System.Number.DefaultBytes);
        Assert.Equal(StorageModifier.Optional, Runtime.Sudo.Key.Modifier);
        Assert.Equal([0], Runtime.Sudo.Key.DefaultBytes);
        Assert.False(Runtime.Sudo.Key.TryGet(storage, out _));
        AccountInfo empty = Runtime.System.Account.Get(storage, Alice);
        Assert.True(empty.Data.IsNewLogic);
        Assert.Equal("0x" + new string('0', 110) + "80", Hex.Encode(Runtime.System.Account.DefaultBytes));
    }

    [Fact]
    public void Map_InsertIterateRemove_DecodesKeys()
    {
        var storage = new StorageOverlay(new InMemoryKeyValueStore());
        Runtime.System.BlockHash.Insert(storage, 7, H256.Blake2b256([7]));
        Runtime.System.BlockHash.Insert(storage, 3, H256.Blake2b256([3]));
        Assert.Equal(H256.Blake2b256([7]), Runtime.System.BlockHash.Get(storage, 7));
        var all = Runtime.System.BlockHash.Iterate(storage).ToDictionary(e => e.Key, e => e.Value);
        Assert.Equal([3u, 7u], all.Keys.Order().ToArray());
        Runtime.System.BlockHash.Remove(storage, 3);
        Assert.False(Runtime.System.BlockHash.ContainsKey(storage, 3));
        Assert.Equal(1, Runtime.System.BlockHash.Clear(storage));
    }

    [Fact]
    public void DoubleMap_AndNMap_BuildFrameKeys()
    {
        // A key finney served (recorded-rpc.json, "bonds": state_queryStorageAt): SubtensorModule.Bonds(23, 0) =
        // prefix ++ identity(23u16) ++ identity(0u16). substrate-wire.md §4 calls this key Keys(23, 0); the item is Bonds.
        var keys = new StorageDoubleMap<ushort, ushort, AccountId32>("SubtensorModule", "Bonds", StorageHasher.Identity, Codecs.U16, StorageHasher.Identity, Codecs.U16, Codecs.AccountId32, StorageModifier.Default, default);
        Assert.Equal("0x658faa385070e074c85bf6b568cf05555641285262b8f970e4cbaafbff8d6ab017000000", Hex.Encode(keys.KeyFor(23, 0)));

        var storage = new StorageOverlay(new InMemoryKeyValueStore());
        keys.Insert(storage, 23, 0, Alice);
        keys.Insert(storage, 23, 1, Bob);
        keys.Insert(storage, 24, 0, Bob);
        Assert.Equal([(ushort)0, (ushort)1], keys.IteratePrefix(storage, 23).Select(e => e.Key).ToArray());
        Assert.Equal(2, keys.ClearPrefix(storage, 23));

        var alpha = new StorageNMap<ulong>("SubtensorModule", "Alpha", [new(StorageHasher.Blake2_128Concat, KnownTypes.AccountId32), new(StorageHasher.Blake2_128Concat, KnownTypes.AccountId32), new(StorageHasher.Identity, TypeRef.U16)], Codecs.U64, StorageModifier.Default, 0);
        alpha.Insert(storage, 42UL, Alice, Bob, (ushort)1);
        Assert.Equal(42UL, alpha.Get(storage, Alice, Bob, (ushort)1));
        byte[] key = alpha.KeyFor(Alice, Bob, (ushort)1);
        Assert.Equal(32 + 48 + 48 + 2, key.Length);
        Assert.Equal(StorageKey.For("SubtensorModule", "Alpha", (StorageHasher.Blake2_128Concat, Alice.ToArray()), (StorageHasher.Blake2_128Concat, Bob.ToArray()), (StorageHasher.Identity, new byte[] { 1, 0 })), key);
        Assert.Single(alpha.IteratePrefix(storage, Alice));
        Assert.Throws<ArgumentException>(() => alpha.Get(storage, Alice));
    }

    [Fact]
    public void Undecodable_StoredValue_ReadsAsDefault()
    {
        var storage = new StorageOverlay(new InMemoryKeyValueStore());
        storage.Set(Runtime.System.Number.Key, [1, 2]);
        Assert.Equal(0u, Runtime.System.Number.Get(storage));
        Assert.False(Runtime.System.Number.TryGet(storage, out _));
    }
}
