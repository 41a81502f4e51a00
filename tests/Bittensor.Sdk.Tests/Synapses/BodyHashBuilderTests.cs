using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bittensor.Sdk.Synapses;

namespace Bittensor.Sdk.Tests.Synapses;

public class BodyHashBuilderTests
{
    internal static string Sha3Hex(string text) => Convert.ToHexStringLower(SHA3_256.HashData(Encoding.UTF8.GetBytes(text)));

    [Theory]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(123456789012345678.0, "1.2345678901234568e+17")]
    [InlineData(0.001, "0.001")]
    [InlineData(-2.5e-7, "-2.5e-07")]
    [InlineData(1.5e300, "1.5e+300")]
    [InlineData(100.0, "100.0")]
    [InlineData(0.30000000000000004, "0.30000000000000004")]
    public void FloatRepr_MoreMagnitudes_MatchCPython(double value, string expected)
    {
        Assert.Equal(expected, PythonStr.FloatRepr(value));
    }

    [Theory]
    [InlineData("a'b\"c", "'a\\'b\"c'")]
    [InlineData("\u00a0", "'\\xa0'")]
    [InlineData("\u007f", "'\\x7f'")]
    [InlineData("\u2028", "'\\u2028'")]
    [InlineData("é", "'é'")]
    public void StringRepr_EdgeCases_MatchCPython(string value, string expected)
    {
        Assert.Equal(expected, PythonStr.StringRepr(value));
    }

    [Fact]
    public void StringRepr_LoneSurrogateAndAstralNonPrintable_EscapedAsCPython()
    {
        Assert.Equal("'\\ud800'", PythonStr.StringRepr(new string((char)0xD800, 1)));
        Assert.Equal("'\\U000e0001'", PythonStr.StringRepr(char.ConvertFromUtf32(0xE0001)));
    }

    [Fact]
    public void Repr_JsonValues_FollowJsonLoadsTypes()
    {
        using JsonDocument doc = JsonDocument.Parse("{\"a\": 1, \"b\": 1.0, \"c\": 1e3, \"d\": [true, null, \"x'\"], \"e\": 123456789012345678901234567890}");

        Assert.Equal("{'a': 1, 'b': 1.0, 'c': 1000.0, 'd': [True, None, \"x'\"], 'e': 123456789012345678901234567890}", PythonStr.Repr(doc.RootElement));
        Assert.Equal(PythonStr.Repr(doc.RootElement), PythonStr.Repr(JsonNode.Parse(doc.RootElement.GetRawText())));
    }

    [Fact]
    public void Repr_SinglePrecisionFloat_PrintsAsThePeerParsesIt()
    {
        Assert.Equal("0.1", PythonStr.Repr(0.1f));
        Assert.Equal("[0.1, 2.5]", PythonStr.Repr(new[] { 0.1f, 2.5f }));
    }

    [Fact]
    public void Repr_UnsupportedTypes_ThrowNotSupported()
    {
        Assert.Throws<NotSupportedException>(() => PythonStr.Repr(DayOfWeek.Monday));
        Assert.Throws<NotSupportedException>(() => PythonStr.Repr(new object()));
    }

    [Fact]
    public void Add_OrderMatters_DifferentHashes()
    {
        string ab = new BodyHashBuilder().Add("a", 1).Add("b", 2).Compute();
        string ba = new BodyHashBuilder().Add("b", 2).Add("a", 1).Compute();

        Assert.NotEqual(ab, ba);
        Assert.Equal(Sha3Hex(Sha3Hex("1") + Sha3Hex("2")), ab);
    }
}
