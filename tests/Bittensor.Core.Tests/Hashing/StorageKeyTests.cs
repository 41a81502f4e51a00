using System.Text.Json;
using Bittensor.Core.Hashing;
using Bittensor.Core.Primitives;
using Bittensor.Core.Tests.Vectors;

namespace Bittensor.Core.Tests.Hashing;

public class StorageKeyTests
{
    private static JsonElement V => VectorFile.SubstrateCrypto.GetProperty("storage_keys");

    private static string Expected(string name) => V.GetProperty(name).GetString()!;

    private static readonly byte[] s_alice = Hex.Decode("0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d");
    private static readonly byte[] s_bob = Hex.Decode("0x8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48");

    [Theory]
    [InlineData("System", "Events", "System.Events")]
    [InlineData("System", "Number", "System.Number")]
    [InlineData("Timestamp", "Now", "Timestamp.Now")]
    [InlineData("Balances", "TotalIssuance", "Balances.TotalIssuance")]
    [InlineData("Sudo", "Key", "Sudo.Key")]
    [InlineData("System", "Account", "System.Account(prefix)")]
    public void Prefix_PlainValue_MatchesVector(string pallet, string item, string vector)
    {
        Assert.Equal(Expected(vector), Hex.Encode(StorageKey.For(pallet, item)));
    }

    [Fact]
    public void For_SystemAccount_Blake2_128Concat_MatchesVector()
    {
        Assert.Equal(Expected("System.Account(//Alice)"), Hex.Encode(StorageKey.For("System", "Account", (StorageHasher.Blake2_128Concat, s_alice))));
        Assert.Equal(Expected("System.Account(//Bob)"), Hex.Encode(StorageKey.For("System", "Account", (StorageHasher.Blake2_128Concat, s_bob))));
    }

    [Fact]
    public void For_BlockHashZero_Twox64Concat_MatchesVector()
    {
        Assert.Equal(Expected("System.BlockHash(0) [Twox64Concat u32]"), Hex.Encode(StorageKey.For("System", "BlockHash", (StorageHasher.Twox64Concat, new byte[4]))));
    }

    [Fact]
    public void Hash_SingleHashers_MatchVectors()
    {
        Assert.Equal(Expected("blake2_128concat(//Alice)"), Hex.Encode(StorageKey.Hash(StorageHasher.Blake2_128Concat, s_alice)));
        Assert.Equal(Expected("twox64concat(u16 netuid=1)"), Hex.Encode(StorageKey.Hash(StorageHasher.Twox64Concat, [1, 0])));
        Assert.Equal(Expected("identity(u16 netuid=1)"), Hex.Encode(StorageKey.Hash(StorageHasher.Identity, [1, 0])));
        Assert.Equal(Expected(":code"), Hex.Encode(":code"u8));
        Assert.Equal(Expected(":extrinsic_index"), Hex.Encode(":extrinsic_index"u8));
    }

    [Theory]
    [InlineData(StorageHasher.Blake2_128, 16)]
    [InlineData(StorageHasher.Blake2_256, 32)]
    [InlineData(StorageHasher.Blake2_128Concat, 16 + 3)]
    [InlineData(StorageHasher.Twox128, 16)]
    [InlineData(StorageHasher.Twox256, 32)]
    [InlineData(StorageHasher.Twox64Concat, 8 + 3)]
    [InlineData(StorageHasher.Identity, 3)]
    public void Hash_EveryHasher_HasItsLengthAndIsDeterministic(StorageHasher hasher, int length)
    {
        byte[] a = StorageKey.Hash(hasher, [1, 2, 3]);
        Assert.Equal(length, a.Length);
        Assert.Equal(a, StorageKey.Hash(hasher, [1, 2, 3]));
        Assert.NotEqual(a, StorageKey.Hash(hasher, [1, 2, 4]));
    }

    [Fact]
    public void Blake2_256Hasher_EqualsBlake2b256()
    {
        Assert.Equal(Blake2b.Hash256("k"u8), StorageKey.Hash(StorageHasher.Blake2_256, "k"u8));
        Assert.Equal(Twox.Hash256("k"u8), StorageKey.Hash(StorageHasher.Twox256, "k"u8));
    }

    [Fact]
    public void Blake2_128Hashers_ManyKeysRepeatedAndEvicted_AlwaysTheDigestOfThatKey()
    {
        // More distinct keys than the digest cache has slots, each hashed three times in different orders, plus lengths
        // around the cached maximum: every answer must be blake2_128 of exactly that input.
        var random = new Random(5);
        byte[][] keys = [.. Enumerable.Range(0, 2_000).Select(i => { byte[] k = new byte[1 + (i % 80)]; random.NextBytes(k); return k; })];
        for (int round = 0; round < 3; round++)
        {
            foreach (byte[] key in round == 1 ? keys.Reverse() : keys)
            {
                byte[] digest = Blake2b.Hash(key, 16);
                Assert.Equal(digest, StorageKey.Hash(StorageHasher.Blake2_128, key));
                Assert.Equal([.. digest, .. key], StorageKey.Hash(StorageHasher.Blake2_128Concat, key));
            }
        }
    }
}
