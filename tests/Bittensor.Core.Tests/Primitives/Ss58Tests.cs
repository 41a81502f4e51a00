using System.Text.Json;
using Bittensor.Core.Primitives;
using Bittensor.Core.Tests.Vectors;

namespace Bittensor.Core.Tests.Primitives;

public class Ss58Tests
{
    private static JsonElement V => VectorFile.SubstrateCrypto.GetProperty("ss58");

    private static byte[] AlicePublic => Hex.Decode(V.GetProperty("decoded_alice").GetString()!);

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(42)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(1284)]
    [InlineData(16383)]
    public void Encode_AlicePerPrefix_MatchesVector(ushort prefix)
    {
        string expected = V.GetProperty($"prefix_{prefix}").GetString()!;
        Assert.Equal(expected, Ss58.Encode(AlicePublic, prefix));
        byte[] decoded = Ss58.Decode(expected, out ushort decodedPrefix);
        Assert.Equal(prefix, decodedPrefix);
        Assert.Equal(AlicePublic, decoded);
    }

    [Fact]
    public void Checksum_Prefix42_MatchesVectorInputAndDigest()
    {
        byte[] input = Hex.Decode(V.GetProperty("checksum_input_for_prefix_42").GetString()!);
        Assert.Equal(V.GetProperty("checksum_full_blake2b_512").GetString(), Hex.Encode(Core.Hashing.Blake2b.Hash512(input)));
    }

    public static TheoryData<string> DevKeys()
    {
        TheoryData<string> data = [];
        foreach (JsonProperty p in VectorFile.SubstrateCrypto.GetProperty("keys").GetProperty("sr25519").EnumerateObject())
        {
            data.Add(p.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DevKeys))]
    public void Encode_DevKeyPublic_MatchesVectorAddresses(string name)
    {
        JsonElement key = VectorFile.SubstrateCrypto.GetProperty("keys").GetProperty("sr25519").GetProperty(name);
        byte[] pub = Hex.Decode(key.GetProperty("public").GetString()!);
        Assert.Equal(key.GetProperty("ss58_42").GetString(), Ss58.Encode(pub));
        if (key.TryGetProperty("ss58_0", out JsonElement polkadot))
        {
            Assert.Equal(polkadot.GetString(), Ss58.Encode(pub, 0));
        }
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQZ", "checksum")]
    [InlineData("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQ", "prefix byte 0xbd is reserved")]
    [InlineData("1111", "key bytes")]
    [InlineData("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY1", "key bytes")]
    [InlineData("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNeh0CPcNoHGKutQY", "invalid base58 character '0'")]
    [InlineData("not an address", "invalid base58 character ' '")]
    public void TryDecode_Malformed_GivesSpecificReason(string address, string reasonPart)
    {
        Assert.False(Ss58.TryDecode(address, out _, out _, out string? error));
        Assert.Contains(reasonPart, error, StringComparison.Ordinal);
        FormatException ex = Assert.Throws<FormatException>(() => Ss58.Decode(address));
        Assert.Contains(reasonPart, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryDecode_HugeInput_RejectedWithoutWork()
    {
        Assert.False(Ss58.TryDecode(new string('z', 100_000), out _, out _, out string? error));
        Assert.Contains("at most", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(16384)]
    [InlineData(65535)]
    public void Encode_PrefixOutOfRange_Throws(int prefix)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Ss58.Encode(AlicePublic, (ushort)prefix));
    }

    [FsCheck.Xunit.Property]
    public bool EncodeDecode_RandomKeyAndPrefix_RoundTrips(byte[] seed, ushort prefixSeed)
    {
        byte[] key = new byte[32];
        seed.AsSpan(0, Math.Min(seed.Length, 32)).CopyTo(key);
        ushort prefix = (ushort)(prefixSeed % (Ss58.MaxPrefix + 1));
        string address = Ss58.Encode(key, prefix);
        return Ss58.Decode(address, out ushort back).AsSpan().SequenceEqual(key) && back == prefix;
    }
}
