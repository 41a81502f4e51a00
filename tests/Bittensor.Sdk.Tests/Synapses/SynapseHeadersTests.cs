using Bittensor.Sdk.Synapses;

namespace Bittensor.Sdk.Tests.Synapses;

public class SynapseHeadersTests
{
    [Fact]
    public void Build_DummySynapse_HasUpstreamNamesAndValues()
    {
        DummySynapse synapse = new()
        {
            DummyInput = 4,
            Name = "Dummy",
            Timeout = 12.0,
            Dendrite = new TerminalInfo { Nonce = 1732521600123456789, Hotkey = "5Grw", Uuid = "u", Version = SdkVersion.AsInt },
            Axon = new TerminalInfo { Ip = "1.2.3.4", Port = 8091, Hotkey = "5FHn" },
        };

        Dictionary<string, string> headers = SynapseHeaders.Build(synapse, 10).ToDictionary(h => h.Key, h => h.Value);

        Assert.Equal("Dummy", headers["name"]);
        Assert.Equal("12.0", headers["timeout"]);
        Assert.Equal("1.2.3.4", headers["bt_header_axon_ip"]);
        Assert.Equal("8091", headers["bt_header_axon_port"]);
        Assert.Equal("1732521600123456789", headers["bt_header_dendrite_nonce"]);
        Assert.Equal("10002000", headers["bt_header_dendrite_version"]);
        Assert.Equal("MA==", headers["bt_header_input_obj_dummy_input"]);
        Assert.Equal("b103dc8a5244fd6548f7c0de617ee66d25f79007a993bc15c6ea11d8390e6279", headers["computed_body_hash"]);
        Assert.Equal("10", headers["total_size"]);
        Assert.False(headers.ContainsKey("bt_header_axon_signature"));
    }

    [Fact]
    public void Apply_RoundTripsBuild_CaseInsensitive()
    {
        DummySynapse source = new() { Timeout = 3.5, Dendrite = new TerminalInfo { Nonce = 42, StatusCode = 200, ProcessTime = 0.25 } };
        List<KeyValuePair<string, string>> headers = SynapseHeaders.Build(source, 0).Select(h => new KeyValuePair<string, string>(h.Key.ToUpperInvariant(), h.Value)).ToList();
        DummySynapse target = new();

        SynapseHeaders.Apply(headers, target);

        Assert.Equal(3.5, target.Timeout);
        Assert.Equal(42, target.Dendrite!.Nonce);
        Assert.Equal(200, target.Dendrite.StatusCode);
        Assert.Equal(0.25, target.Dendrite.ProcessTime);
        Assert.Equal(source.ComputeBodyHash(), target.ComputedBodyHash);
    }

    [Theory]
    [InlineData("timeout", "twelve")]
    [InlineData("bt_header_dendrite_nonce", "1.5")]
    [InlineData("bt_header_axon_port", "99999999999")]
    public void Apply_BadNumber_ThrowsFormatException(string name, string value)
    {
        Assert.Throws<FormatException>(() => SynapseHeaders.Apply([new(name, value)], new Synapse()));
    }

    [Theory]
    [InlineData("12", 12.0)]
    [InlineData(" 1e3 ", 1000.0)]
    [InlineData("-inf", double.NegativeInfinity)]
    [InlineData(".5", 0.5)]
    public void ParseFloat_PythonForms(string text, double expected)
    {
        Assert.Equal(expected, SynapseHeaders.ParseFloat(text));
    }
}
