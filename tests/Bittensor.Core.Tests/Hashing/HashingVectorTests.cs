using System.Text;
using Bittensor.Core.Hashing;
using Bittensor.Core.Primitives;
using Bittensor.Core.Tests.Vectors;

namespace Bittensor.Core.Tests.Hashing;

public class HashingVectorTests
{
    private static System.Text.Json.JsonElement H => VectorFile.SubstrateCrypto.GetProperty("hashing");

    public static TheoryData<string> Twox128Names()
    {
        TheoryData<string> data = [];
        foreach (var p in VectorFile.SubstrateCrypto.GetProperty("hashing").GetProperty("twox128").EnumerateObject())
        {
            data.Add(p.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Twox128Names))]
    public void Twox128_Name_MatchesVector(string name)
    {
        string expected = H.GetProperty("twox128").GetProperty(name).GetString()!;
        Assert.Equal(expected, Hex.Encode(Twox.Hash128(Encoding.UTF8.GetBytes(name))));
    }

    [Fact]
    public void Twox64AndTwox256_System_MatchVectors()
    {
        Assert.Equal(H.GetProperty("xxhash64(seed0,\"System\")_le").GetString(), Hex.Encode(Twox.Hash64("System"u8)));
        Assert.Equal(H.GetProperty("twox256_System").GetString(), Hex.Encode(Twox.Hash256("System"u8)));
    }

    [Fact]
    public void Blake2b_AllSizes_MatchVectors()
    {
        Assert.Equal(H.GetProperty("blake2b_256_empty").GetString(), Hex.Encode(Blake2b.Hash256([])));
        Assert.Equal(H.GetProperty("blake2b_256_abc").GetString(), Hex.Encode(Blake2b.Hash256("abc"u8)));
        Assert.Equal(H.GetProperty("blake2b_128_abc").GetString(), Hex.Encode(Blake2b.Hash128("abc"u8)));
        Assert.Equal(H.GetProperty("blake2b_512_abc").GetString(), Hex.Encode(Blake2b.Hash512("abc"u8)));
        Assert.Equal(H.GetProperty("blake2b_64_Metadata").GetString(), Hex.Encode(Blake2b.Hash("Metadata"u8, 8)));
    }

    public static TheoryData<string> RuntimeApiNames()
    {
        TheoryData<string> data = [];
        foreach (var p in VectorFile.SubstrateCrypto.GetProperty("hashing").GetProperty("runtime_api_ids_blake2b_64").EnumerateObject())
        {
            data.Add(p.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuntimeApiNames))]
    public void Blake2b64_RuntimeApiId_MatchesVector(string api)
    {
        string expected = H.GetProperty("runtime_api_ids_blake2b_64").GetProperty(api).GetString()!;
        Assert.Equal(expected, Hex.Encode(Blake2b.Hash(Encoding.UTF8.GetBytes(api), 8)));
    }

    [Fact]
    public void Blake2b_Keyed_MatchesRfc7693Style_KnownAnswer()
    {
        // BLAKE2b-512 keyed KAT from the reference implementation's blake2b-kat.txt: in = empty, key = 00..3f.
        byte[] key = new byte[64];
        for (int i = 0; i < key.Length; i++)
        {
            key[i] = (byte)i;
        }

        Assert.Equal(
            "0x10ebb67700b1868efb4417987acf4690ae9d972fb7a590c2f02871799aaa4786b5e996e8f0f4eb981fc214b005f42d2ff4233499391653df7aefcbc13fc51568",
            Hex.Encode(Blake2b.Hash512([], key)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(65)]
    public void Blake2b_BadDigestSize_Throws(int size)
    {
        Assert.Throws<ArgumentException>(() => Blake2b.Hash("x"u8, new byte[size]));
    }
}
