using Bittensor.Node.Hosting;
using Microsoft.Extensions.Options;

namespace Bittensor.Node.Tests.Hosting;

public sealed class NodeCommandLineTests
{
    [Fact]
    public void Flags_MapToConfigurationKeys()
    {
        NodeCommandLine parsed = NodeCommandLine.Parse(
        [
            "--dev", "--base-path", "/data", "--rpc-port", "0", "--rpc-external", "--block-time", "250", "--chain", "local", "--name", "alice",
            "--rpc-max-request-size", "2", "--rpc-max-batch-request-len", "9",
        ]);
        Assert.Empty(parsed.Errors);
        Assert.False(parsed.IsHelpOrVersion);
        Assert.Equal("true", parsed.Configuration["Node:Dev"]);
        Assert.Equal("/data", parsed.Configuration["Node:BasePath"]);
        Assert.Equal("0", parsed.Configuration["Rpc:Port"]);
        Assert.Equal("true", parsed.Configuration["Rpc:External"]);
        Assert.Equal("250", parsed.Configuration["Node:BlockTimeMs"]);
        Assert.Equal("local", parsed.Configuration["Node:Chain"]);
        Assert.Equal("alice", parsed.Configuration["Node:Name"]);
        Assert.Equal("2097152", parsed.Configuration["Rpc:MaxRequestBodyBytes"]);
        Assert.Equal("9", parsed.Configuration["Rpc:MaxBatchLength"]);
    }

    [Fact]
    public void AbsentFlags_LeaveConfigurationUntouched()
    {
        NodeCommandLine parsed = NodeCommandLine.Parse([]);
        Assert.Empty(parsed.Errors);
        Assert.Empty(parsed.Configuration);
    }

    [Theory]
    [InlineData("--rpc-port", "abc")]
    [InlineData("--bogus")]
    [InlineData("--rpc-max-request-size", "5000")]
    public void BadFlags_GiveErrors(params string[] args) => Assert.NotEmpty(NodeCommandLine.Parse(args).Errors);

    [Fact]
    public void Help_IsRecognised() => Assert.True(NodeCommandLine.Parse(["--help"]).IsHelpOrVersion);

    [Theory]
    [InlineData(false, null, null, false, "local", false)]
    [InlineData(true, null, null, false, "dev", true)]
    [InlineData(true, "local", "/x", false, "local", false)]
    [InlineData(false, "dev", null, true, "dev", true)]
    public void NodeOptions_DeriveChainAndStorage(bool dev, string? chain, string? basePath, bool tmp, string expectedChain, bool temporary)
    {
        var options = new NodeOptions { Dev = dev, Chain = chain, BasePath = basePath, Tmp = tmp };
        Assert.Equal(expectedChain, options.EffectiveChain);
        Assert.Equal(temporary, options.UsesTemporaryStorage);
    }

    [Fact]
    public void NodeOptionsValidator_ReportsEachProblemOnItsOwnLine()
    {
        ValidateOptionsResult result = new NodeOptionsValidator().Validate(null, new NodeOptions { Chain = "finney", BlockTimeMs = 0, Name = "", Tmp = true, BasePath = "/x" });
        Assert.True(result.Failed);
        Assert.Equal(4, result.Failures!.Count());
        Assert.All(result.Failures!, f => Assert.DoesNotContain('\n', f));
    }

    [Fact]
    public void RpcOptionsValidator_AcceptsDefaults_RejectsOutOfRange()
    {
        var validator = new Bittensor.Node.Rpc.RpcOptionsValidator();
        Assert.True(validator.Validate(null, new Bittensor.Node.Rpc.RpcOptions()).Succeeded);
        ValidateOptionsResult bad = validator.Validate(null, new Bittensor.Node.Rpc.RpcOptions { Port = -1, MaxBatchLength = 0, MaxConnections = 0 });
        Assert.Equal(3, bad.Failures!.Count());
    }

    [Fact]
    public void PeerIdentity_IsBase58OfIdentityMultihashOfProtobufKey()
    {
        byte[] publicKey = new byte[32];
        Bittensor.Core.Crypto.Ed25519.GetPublicKey(new byte[32], publicKey);
        string peerId = PeerIdentity.FromEd25519PublicKey(publicKey);
        Assert.StartsWith("12D3KooW", peerId, StringComparison.Ordinal);
        Assert.True(Bittensor.Core.Primitives.Base58.TryDecode(peerId, out byte[] decoded, out _));
        Assert.Equal([0x00, 0x24, 0x08, 0x01, 0x12, 0x20, .. publicKey], decoded);
    }
}
