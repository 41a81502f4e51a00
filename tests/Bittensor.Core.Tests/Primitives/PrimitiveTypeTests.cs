using Bittensor.Core.Primitives;

namespace Bittensor.Core.Tests.Primitives;

public class PrimitiveTypeTests
{
    private const string Alice = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";
    private const string AliceHex = "0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d";

    [Fact]
    public void AccountId32_ParseSs58AndHex_AreEqual()
    {
        AccountId32 fromSs58 = AccountId32.Parse(Alice);
        AccountId32 fromHex = AccountId32.Parse(AliceHex);
        Assert.Equal(fromSs58, fromHex);
        Assert.Equal(Alice, fromSs58.ToString());
        Assert.Equal(AliceHex, fromSs58.ToString("x", null));
        Assert.Equal(fromSs58.GetHashCode(), fromHex.GetHashCode());
    }

    [Theory]
    [InlineData("0xd435", "32 bytes, got 2")]
    [InlineData("0xzz", "invalid hex digit")]
    [InlineData("", "empty")]
    public void AccountId32_TryParseBad_ExplainsWhy(string text, string reason)
    {
        Assert.False(AccountId32.TryParse(text, out _, out string? error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void H256_Blake2b256_OfEmpty_MatchesKnownDigest()
    {
        H256 h = H256.Blake2b256([]);
        Assert.Equal("0x0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8", h.ToString());
        Assert.Equal(h, H256.Parse(h.ToString()));
        Assert.NotEqual(H256.Zero, h);
        Span<char> buffer = stackalloc char[66];
        Assert.True(h.TryFormat(buffer, out int written, default, null));
        Assert.Equal(h.ToString(), new string(buffer[..written]));
    }

    [Theory]
    [InlineData(0UL, "τ0.000000000")]
    [InlineData(1UL, "τ0.000000001")]
    [InlineData(1_000_000_000UL, "τ1.000000000")]
    [InlineData(21_000_000_000_000_000UL, "τ21000000.000000000")]
    [InlineData(ulong.MaxValue, "τ18446744073.709551615")]
    public void Balance_ToString_FormatsAsBtcli(ulong rao, string expected)
    {
        Assert.Equal(expected, new Balance(rao).ToString());
    }

    [Theory]
    [InlineData("1", 1_000_000_000UL)]
    [InlineData("τ1.5", 1_500_000_000UL)]
    [InlineData("0.000000001", 1UL)]
    [InlineData(".25", 250_000_000UL)]
    [InlineData("18446744073.709551615", ulong.MaxValue)]
    public void Balance_TryParseTao_IsExact(string text, ulong rao)
    {
        Assert.True(Balance.TryParseTao(text, out Balance b, out _));
        Assert.Equal(rao, b.Rao);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("1.0000000001", "more than 9 decimals")]
    [InlineData("-1", "not a TAO amount")]
    [InlineData("1e9", "not a TAO amount")]
    [InlineData("18446744073.709551616", "too large")]
    [InlineData("99999999999999999999", "too large")]
    public void Balance_TryParseTao_Bad_ExplainsWhy(string text, string reason)
    {
        Assert.False(Balance.TryParseTao(text, out _, out string? error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }
}
