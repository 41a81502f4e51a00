using System.Globalization;
using System.Text.Json;
using Bittensor.Cli.Tests.Wallet;

namespace Bittensor.Cli.Tests.Chain;

/// <summary>
/// <c>weights commit</c> and <c>weights reveal</c> against the shared dev node, on the second subnet (commit-reveal is
/// switched on there through <c>sudo set</c>, so the first subnet keeps plain set_weights).
/// </summary>
[Collection(DevChainTests.Name)]
public sealed class WeightsCommitTests(DevChainFixture chain)
{
    [Fact]
    public async Task CommitThenReveal_StoredSaltIsRevealedInTheRevealEpoch()
    {
        chain.Run("sudo", "set", "--name", "alice", "--netuid", chain.N2, "--param", "commit_reveal_weights_enabled", "--value", "true", "--json-output").Ok();
        string uid = Uid();

        // With commit-reveal on, set_weights is refused by the chain, by name.
        Assert.Contains("SubtensorModule.CommitRevealEnabled", WalletCli.AssertOneLineError(chain.Run("weights", "set", "--name", "mover", "-H", "default", "--netuid", chain.N2, "--uids", uid, "--weights", "1")), StringComparison.Ordinal);

        JsonElement commit = chain.Run("weights", "commit", "--name", "mover", "-H", "default", "--netuid", chain.N2, "--uids", uid, "--weights", "1", "--json-output").Ok();
        string hash = commit.GetProperty("commit_hash").GetString()!;
        Assert.Equal(66, hash.Length);
        Assert.Equal(8, commit.GetProperty("salt").GetArrayLength());
        string store = Path.Combine(chain.Cli.WalletPath, "mover", "weight_commits.json");
        Assert.Contains(hash, File.ReadAllText(store), StringComparison.Ordinal);

        // The reveal epoch is the commit's epoch + 1 (2.5 s of dev blocks later): retry until the chain accepts it.
        JsonElement reveal = default;
        await DevChainFixture.Eventually(() =>
        {
            BtcliRunner.Result r = chain.Run("weights", "reveal", "--name", "mover", "-H", "default", "--netuid", chain.N2, "--json-output");
            if (r.ExitCode != 0)
            {
                return r.Stderr;
            }

            reveal = r.Json();
            return null;
        });
        Assert.Equal(hash, reveal.GetProperty("commit_hash").GetString());
        Assert.DoesNotContain(hash, File.ReadAllText(store), StringComparison.Ordinal);
        Assert.Contains("no stored commit", WalletCli.AssertOneLineError(chain.Run("weights", "reveal", "--name", "mover", "-H", "default", "--netuid", chain.N2)), StringComparison.Ordinal);

        // Human form, with an explicit salt; then reveal it by hand with the same preimage.
        BtcliRunner.Result human = chain.Run("weights", "commit", "--name", "mover", "-H", "default", "--netuid", chain.N2, "--uids", uid, "--weights", "1", "--salt", "1,2,3");
        Assert.True(human.ExitCode == 0, human.Stderr);
        Assert.Contains("Committed weights on subnet", human.Stdout, StringComparison.Ordinal);
        Assert.Contains("Salt 1,2,3 saved", human.Stdout, StringComparison.Ordinal);
        await DevChainFixture.Eventually(() =>
        {
            BtcliRunner.Result r = chain.Run("weights", "reveal", "--name", "mover", "-H", "default", "--netuid", chain.N2, "--uids", uid, "--weights", "1", "--salt", "1,2,3");
            return r.ExitCode == 0 && r.Stdout.Contains("Revealed weights on subnet", StringComparison.Ordinal) ? null : r.Stderr;
        });
        Assert.Contains("no stored commit", WalletCli.AssertOneLineError(chain.Run("weights", "reveal", "--name", "mover", "-H", "default", "--netuid", chain.N2)), StringComparison.Ordinal);
    }

    [Fact]
    public void CommitReveal_BadInput_OneLineExit1()
    {
        Assert.Contains("--uids has 2 entries", WalletCli.AssertOneLineError(chain.Run("weights", "commit", "--name", "val", "-H", "default", "--netuid", chain.N, "--uids", "1,2", "--weights", "1")), StringComparison.Ordinal);
        Assert.Contains("all weights are zero", WalletCli.AssertOneLineError(chain.Run("weights", "commit", "--name", "val", "-H", "default", "--netuid", chain.N, "--uids", "1", "--weights", "0")), StringComparison.Ordinal);
        Assert.Contains("--salt", WalletCli.AssertOneLineError(chain.Run("weights", "commit", "--name", "val", "-H", "default", "--netuid", chain.N, "--uids", "1", "--weights", "1", "--salt", "x")), StringComparison.Ordinal);
        Assert.Contains("--salt is required", WalletCli.AssertOneLineError(chain.Run("weights", "reveal", "--name", "val", "-H", "default", "--netuid", chain.N, "--uids", "1", "--weights", "1")), StringComparison.Ordinal);
        Assert.Contains("does not exist", WalletCli.AssertOneLineError(chain.Run("weights", "commit", "--name", "val", "-H", "default", "--netuid", "999", "--uids", "1", "--weights", "1")), StringComparison.Ordinal);
    }

    /// <summary>The mover's own uid on the second subnet (self-weights need no validator permit).</summary>
    private string Uid()
    {
        JsonElement metagraph = chain.Run("subnets", "metagraph", "--netuid", chain.N2, "--json-output").Ok();
        return metagraph.GetProperty("neurons").EnumerateArray().Single(n => n.GetProperty("hotkey").GetString() == chain.Hotkeys["mover"]).GetProperty("uid").GetUInt16().ToString(CultureInfo.InvariantCulture);
    }
}
