using System.Text.Json;
using Bittensor.Core.Crypto;
using Bittensor.Sdk.Synapses;
using Bittensor.Sdk.Tests.Support;

namespace Bittensor.Sdk.Tests.Synapses;

public class SynapseVectorTests
{
    private static JsonElement Vectors => VectorFile.SynapseProtocol;

    public static TheoryData<int> ValueIndexes()
    {
        TheoryData<int> data = [];
        for (int i = 0; i < VectorFile.SynapseProtocol.GetProperty("values").GetArrayLength(); i++)
        {
            data.Add(i);
        }

        return data;
    }

    public static TheoryData<int> BodyIndexes()
    {
        TheoryData<int> data = [];
        for (int i = 0; i < VectorFile.SynapseProtocol.GetProperty("bodies").GetArrayLength(); i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ValueIndexes))]
    public void PythonStr_VectorValue_MatchesCPythonStrAndSha3(int index)
    {
        JsonElement v = Vectors.GetProperty("values")[index];
        object? value = PythonLiteral.Parse(v.GetProperty("python").GetString()!);

        string str = PythonStr.Str(value);

        Assert.Equal(v.GetProperty("str").GetString(), str);
        Assert.Equal(v.GetProperty("sha3_256").GetString(), BodyHashBuilderTests.Sha3Hex(str));
    }

    [Theory]
    [MemberData(nameof(BodyIndexes))]
    public void BodyHash_VectorBody_MatchesComputedBodyHash(int index)
    {
        JsonElement body = Vectors.GetProperty("bodies")[index];
        BodyHashBuilder builder = new();
        int i = 0;
        foreach (JsonElement field in body.GetProperty("fields_python").EnumerateArray())
        {
            object? value = PythonLiteral.Parse(field.GetString()!);
            Assert.Equal(body.GetProperty("fields_str")[i].GetString(), PythonStr.Str(value));
            builder.Add($"f{i++}", value);
        }

        Assert.Equal(body.GetProperty("computed_body_hash").GetString(), builder.Compute());
        Assert.Equal(
            body.GetProperty("computed_body_hash").GetString(),
            BodyHashBuilder.FromFieldStrings(body.GetProperty("fields_str").EnumerateArray().Select(e => e.GetString()!)));
    }

    [Fact]
    public void BodyHash_TypedDummySynapse_MatchesUpstreamDummyVector()
    {
        DummySynapse synapse = new() { DummyInput = 4 };

        Assert.Equal("b103dc8a5244fd6548f7c0de617ee66d25f79007a993bc15c6ea11d8390e6279", synapse.ComputeBodyHash());
        Assert.Equal(["dummy_input"], synapse.RequiredHashFields);
    }

    [Fact]
    public void BodyHash_BaseSynapse_IsSha3OfEmptyString()
    {
        Assert.Equal("a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a", new Synapse().ComputeBodyHash());
    }

    [Fact]
    public void RequestMessage_VectorExample_MatchesUpstreamFormat()
    {
        JsonElement e = Vectors.GetProperty("signature_message").GetProperty("example");

        string message = SynapseSignatures.RequestMessage(
            e.GetProperty("nonce").GetInt64(),
            e.GetProperty("dendrite_hotkey").GetString(),
            e.GetProperty("axon_hotkey").GetString(),
            e.GetProperty("uuid").GetString(),
            e.GetProperty("computed_body_hash").GetString());

        Assert.Equal(e.GetProperty("message").GetString(), message);
    }

    [Fact]
    public void RequestMessage_SignedByAlice_VerifiesAgainstAliceAddressOnly()
    {
        JsonElement e = Vectors.GetProperty("signature_message").GetProperty("example");
        KeyPair alice = KeyPair.FromUri("//Alice");
        string message = e.GetProperty("message").GetString()!;

        string signature = SynapseSignatures.Sign(alice, message);

        Assert.StartsWith("0x", signature, StringComparison.Ordinal);
        Assert.Equal(130, signature.Length);
        Assert.True(SynapseSignatures.Verify(alice.ToSs58(), message, signature));
        Assert.False(SynapseSignatures.Verify(KeyPair.FromUri("//Bob").ToSs58(), message, signature));
        Assert.False(SynapseSignatures.Verify(e.GetProperty("dendrite_hotkey").GetString(), message, signature));
        Assert.False(SynapseSignatures.Verify(alice.ToSs58(), message + "x", signature));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0x")]
    [InlineData("0xzz")]
    [InlineData("not hex at all")]
    public void Verify_MalformedSignature_ReturnsFalse(string? signature)
    {
        Assert.False(SynapseSignatures.Verify(KeyPair.FromUri("//Alice").ToSs58(), "m", signature));
    }

    [Fact]
    public void Verify_PolkadotBytesWrappedSignature_Accepted()
    {
        KeyPair alice = KeyPair.FromUri("//Alice");
        string signature = Bittensor.Core.Primitives.Hex.Encode(alice.Sign("<Bytes>hello</Bytes>"u8));

        Assert.True(SynapseSignatures.Verify(alice.ToSs58(), "hello", signature));
    }
}
