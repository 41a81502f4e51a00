using System.Text.Json;
using Bittensor.Core.Crypto;
using Bittensor.Sdk.Axons;
using Bittensor.Sdk.Dendrites;
using Bittensor.Sdk.Synapses;

namespace Bittensor.Sdk.Tests.Synapses;

public class SynapseModelTests
{
    [Fact]
    public void Json_BaseFields_UseUpstreamSnakeCaseNamesWithNulls()
    {
        using JsonDocument doc = JsonDocument.Parse(new DummySynapse { DummyInput = 3 }.ToJsonBytes());
        JsonElement root = doc.RootElement;

        foreach (string name in new[] { "name", "timeout", "total_size", "header_size", "dendrite", "axon", "computed_body_hash", "dummy_input", "dummy_output" })
        {
            Assert.True(root.TryGetProperty(name, out _), name);
        }

        Assert.Equal(JsonValueKind.Null, root.GetProperty("dendrite").GetProperty("signature").ValueKind);
        Assert.Equal(12.0, root.GetProperty("timeout").GetDouble());
        Assert.Equal("", root.GetProperty("computed_body_hash").GetString());
    }

    [Fact]
    public void Clone_IsDeepAndKeepsFields()
    {
        EchoSynapse original = new() { Messages = ["a"], Temperature = 0.1 };

        EchoSynapse copy = (EchoSynapse)original.CloneSynapse();
        copy.Messages.Add("b");

        Assert.Equal(["a"], original.Messages);
        Assert.Equal(0.1, copy.Temperature);
        Assert.Equal(original.ComputeBodyHash(), new EchoSynapse { Messages = ["a"], Temperature = 0.1 }.ComputeBodyHash());
    }

    [Fact]
    public async Task SubclassWithoutTypeInfo_FailsClearly()
    {
        Assert.Throws<InvalidOperationException>(() => new Forgetful().CloneSynapse());
        Assert.Throws<InvalidOperationException>(() => new Axon(KeyPair.FromUri("//Bob")).Attach<Forgetful>(s => s));
        using Dendrite dendrite = new(KeyPair.FromUri("//Alice"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => dendrite.CallAsync(new AxonInfo("127.0.0.1", 1, KeyPair.FromUri("//Bob").ToSs58()), new Forgetful(), 1));
    }

    private sealed class Forgetful : Synapse;
}
