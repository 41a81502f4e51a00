using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Bittensor.Cli.Tests.Wallet;

namespace Bittensor.Cli.Tests.Chain;

/// <summary>
/// The scripted btcli flow against the real dev node the test starts: create and fund wallets, create and start a
/// subnet, register validators and miners, stake, set weights, wait for epochs, and read the emissions in
/// <c>subnets metagraph --json-output</c>.
/// </summary>
public sealed class ChainFlowTests
{
    private const ulong Rao = 1_000_000_000;

    [Fact]
    public async Task ScriptedFlow_ValidatorsWeightMiners_WeightedMinersEarnMore()
    {
        await using DevNode node = await DevNode.StartAsync();
        using WalletCli cli = new();
        string net = node.Endpoint;
        cli.Variables["BT_WALLET_PATH"] = cli.WalletPath;
        string[] Chain(params string[] args) => [.. args, "--network", net, "--no-prompt"];

        // Wallets: //Alice funds everything and owns the subnet; the others are fresh unencrypted wallets.
        Assert.Equal(0, cli.Run("wallet", "create", "-p", cli.WalletPath, "--name", "alice", "-H", "default", "--uri", "Alice", "--json-output").ExitCode);
        string[] names = ["val1", "val2", "min1", "min2", "min3"];
        Dictionary<string, string> coldkeys = [];
        Dictionary<string, string> hotkeys = [];
        foreach (string name in names)
        {
            JsonElement created = cli.Run("wallet", "create", "-p", cli.WalletPath, "--name", name, "-H", "default", "--no-use-password", "--no-prompt", "--json-output").Ok();
            coldkeys[name] = created.GetProperty("coldkey").GetProperty("ss58Address").GetString()!;
            hotkeys[name] = created.GetProperty("hotkey").GetProperty("ss58Address").GetString()!;
        }

        // Fund: JSON for all but one, the human form for the last.
        foreach (string name in names[..^1])
        {
            JsonElement sent = cli.Run(Chain("wallet", "transfer", "--name", "alice", "--destination", coldkeys[name], "--amount", "10000", "--json-output")).Ok();
            Assert.True(sent.GetProperty("success").GetBoolean());
            Assert.Equal(10_000 * Rao, sent.GetProperty("amount_rao").GetUInt64());
        }

        BtcliRunner.Result humanTransfer = cli.Run(Chain("wallet", "transfer", "--name", "alice", "--destination", coldkeys["min3"], "--amount", "τ10000"));
        Assert.Equal(0, humanTransfer.ExitCode);
        Assert.Contains("Transferred τ10000.000000000", humanTransfer.Stdout, StringComparison.Ordinal);

        JsonElement balance = cli.Run(Chain("wallet", "balance", "--name", "val1", "--json-output")).Ok();
        Assert.Equal(10_000 * Rao, balance.GetProperty("balances").GetProperty("val1").GetProperty("free_rao").GetUInt64());
        BtcliRunner.Result humanBalance = cli.Run(Chain("wallet", "balance", "--name", "min3"));
        Assert.Contains("τ10000.000000000", humanBalance.Stdout, StringComparison.Ordinal);

        // Bad input spends nothing: too much, a bad address, a malformed amount.
        WalletCli.AssertOneLineError(cli.Run(Chain("wallet", "transfer", "--name", "min3", "--destination", coldkeys["min1"], "--amount", "20000")));
        WalletCli.AssertOneLineError(cli.Run(Chain("wallet", "transfer", "--name", "min3", "--destination", "5notanaddress", "--amount", "1")));
        WalletCli.AssertOneLineError(cli.Run(Chain("wallet", "transfer", "--name", "min3", "--destination", coldkeys["min1"], "--amount", "1.2.3")));
        Assert.Equal(10_000 * Rao, cli.Run(Chain("wallet", "balance", "--name", "min3", "--json-output")).Ok().GetProperty("total_free_rao").GetUInt64());

        // The subnet.
        ulong burnCost = cli.Run(Chain("subnets", "burn-cost", "--json-output")).Ok().GetProperty("burn_cost_rao").GetUInt64();
        Assert.True(burnCost > 0);
        Assert.Contains("Subnet burn cost: τ", cli.Run(Chain("subnets", "burn-cost")).Stdout, StringComparison.Ordinal);
        JsonElement created2 = cli.Run(Chain("subnets", "create", "--name", "alice", "-H", "default", "--json-output")).Ok();
        ushort netuid = created2.GetProperty("netuid").GetUInt16();
        Assert.True(netuid > 0);
        string n = netuid.ToString(CultureInfo.InvariantCulture);
        Assert.Equal(0, cli.Run(Chain("subnets", "start", "--name", "alice", "--netuid", n, "--json-output")).ExitCode);

        // Starting twice is a chain error, shown by its module error name and docs, exit 1.
        string again = WalletCli.AssertOneLineError(cli.Run(Chain("subnets", "start", "--name", "alice", "--netuid", n)));
        Assert.Contains("SubtensorModule.FirstEmissionBlockNumberAlreadySet", again, StringComparison.Ordinal);

        JsonElement list = cli.Run(Chain("subnets", "list", "--json-output")).Ok();
        Assert.Contains(list.GetProperty("subnets").EnumerateArray(), s => s.GetProperty("netuid").GetUInt16() == netuid);
        Assert.Contains($"Subnets at block", cli.Run(Chain("subnets", "list")).Stdout, StringComparison.Ordinal);
        JsonElement hyper = cli.Run(Chain("subnets", "hyperparameters", "--netuid", n, "--json-output")).Ok();
        Assert.Equal(10UL, hyper.GetProperty("hyperparameters").GetProperty("tempo").GetUInt64());
        Assert.Contains("tempo", cli.Run(Chain("subnets", "hyperparameters", "--netuid", n)).Stdout, StringComparison.Ordinal);

        // Register validators and miners.
        Dictionary<string, ushort> uids = [];
        foreach (string name in names)
        {
            JsonElement reg = cli.Run(Chain("subnets", "register", "--name", name, "-H", "default", "--netuid", n, "--json-output")).Ok();
            uids[name] = reg.GetProperty("uid").GetUInt16();
        }

        Assert.Equal(names.Length, uids.Values.Distinct().Count());

        // Stake on the validators.
        foreach (string name in new[] { "val1", "val2" })
        {
            JsonElement staked = cli.Run(Chain("stake", "add", "--name", name, "-H", "default", "--netuid", n, "--amount", "1000", "--json-output")).Ok();
            Assert.True(staked.GetProperty("stake_after_rao").GetUInt64() > staked.GetProperty("stake_before_rao").GetUInt64());
            Assert.True(staked.GetProperty("balance_after_rao").GetUInt64() < staked.GetProperty("balance_before_rao").GetUInt64());
        }

        JsonElement stakes = cli.Run(Chain("stake", "list", "--name", "val1", "--json-output")).Ok();
        Assert.Contains(stakes.GetProperty("stakes").EnumerateArray(), s => s.GetProperty("netuid").GetUInt16() == netuid);

        // This node charges the hotkey a fee for set_weights (upstream's is Pays::No), so the validator hotkeys get TAO.
        foreach (string name in new[] { "val1", "val2" })
        {
            cli.Run(Chain("wallet", "transfer", "--name", "alice", "--destination", hotkeys[name], "--amount", "10", "--json-output")).Ok();
        }

        // Validators weight min1 and min2 (never min3); retry across epochs until the validators hold permits.
        string weighted = $"{uids["min1"]},{uids["min2"]}";
        foreach (string name in new[] { "val1", "val2" })
        {
            await Eventually(() =>
            {
                BtcliRunner.Result set = cli.Run(Chain("weights", "set", "--name", name, "-H", "default", "--netuid", n, "--uids", weighted, "--weights", "1,1", "--json-output"));
                return set.ExitCode == 0 ? null : set.Stderr;
            });
        }

        // Wait for an epoch to pay the weighted miners, then read the metagraph as one JSON object.
        JsonElement metagraph = default;
        await Eventually(() =>
        {
            metagraph = cli.Run(Chain("subnets", "metagraph", "--netuid", n, "--json-output")).Ok();
            return Neuron(metagraph, uids["min1"]).GetProperty("incentive").GetDouble() > 0 ? null : "min1 has no incentive yet";
        });

        Assert.Equal(netuid, metagraph.GetProperty("netuid").GetUInt16());
        Assert.True(metagraph.GetProperty("block").GetUInt32() > 0);
        JsonElement min1 = Neuron(metagraph, uids["min1"]);
        JsonElement min3 = Neuron(metagraph, uids["min3"]);
        foreach (string field in new[] { "uid", "hotkey", "coldkey", "stake", "incentive", "dividends", "emission", "validator_permit", "axon" })
        {
            Assert.True(min1.TryGetProperty(field, out _), field);
        }

        Assert.Equal(coldkeys["min1"], min1.GetProperty("coldkey").GetString());
        Assert.True(min1.GetProperty("incentive").GetDouble() > min3.GetProperty("incentive").GetDouble());
        Assert.True(min1.GetProperty("emission_rao").GetUInt64() > min3.GetProperty("emission_rao").GetUInt64());
        Assert.True(Neuron(metagraph, uids["val1"]).GetProperty("stake_rao").GetUInt64() > 0);

        BtcliRunner.Result human = cli.Run(Chain("subnets", "metagraph", "--netuid", n));
        Assert.Equal(0, human.ExitCode);
        Assert.Contains($"Metagraph of subnet {n}", human.Stdout, StringComparison.Ordinal);
        Assert.Contains(coldkeys["min1"], human.Stdout, StringComparison.Ordinal);

        // Unstake part of it back.
        JsonElement unstaked = cli.Run(Chain("stake", "remove", "--name", "val1", "-H", "default", "--netuid", n, "--amount", "1", "--json-output")).Ok();
        Assert.True(unstaked.GetProperty("balance_after_rao").GetUInt64() > unstaked.GetProperty("balance_before_rao").GetUInt64());
    }

    [Fact]
    public void Balance_UnreachableNetwork_OneLineExit1()
    {
        using WalletCli cli = new();
        string error = WalletCli.AssertOneLineError(cli.Run("wallet", "balance", "--ss58", WalletCli.DevAddress, "--network", "ws://127.0.0.1:1", "--no-prompt"));
        Assert.Contains("could not connect", error, StringComparison.Ordinal);
    }

    private static JsonElement Neuron(JsonElement metagraph, ushort uid) =>
        metagraph.GetProperty("neurons").EnumerateArray().Single(x => x.GetProperty("uid").GetUInt16() == uid);

    /// <summary>Retries a check (null = done) every 500 ms for at most 90 s; the last failure is the assertion message.</summary>
    private static async Task Eventually(Func<string?> attempt)
    {
        Stopwatch clock = Stopwatch.StartNew();
        string? last;
        while ((last = attempt()) is not null)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(90), last);
            await Task.Delay(500);
        }
    }
}
