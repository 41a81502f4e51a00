using System.Diagnostics;
using System.Text.Json;
using Bittensor.Node.Tests.Infrastructure;
using Bittensor.Testing;

namespace Bittensor.Node.Tests.PolkadotJs;

/// <summary>
/// The real <c>subtensor --dev</c> process driven by unmodified @polkadot/api 16.5.6 (tools/js-reference/node-e2e.mjs, installed
/// by eng/setup.sh): the script reports what the client saw; every judgement is made here.
/// </summary>
[Trait("Category", "Integration")]
public sealed class PolkadotJsEndToEndTests
{
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromSeconds(170);

    [Fact]
    public async Task PolkadotJs_DrivesTheDevNode_TransfersSubnetsWeightsAndRefusals()
    {
        (SubtensorProcess node, Uri endpoint) = await SubtensorProcess.StartListeningAsync("--dev", "--rpc-port", "0");
        await using (node)
        {
            JsonElement report = await RunScriptAsync(endpoint, node);

            Assert.Equal("Bittensor", report.GetProperty("chain").GetString());
            Assert.Equal(425, report.GetProperty("specVersion").GetInt32());
            Assert.Equal(1_000_000_000_000_000, report.GetProperty("aliceAccount").GetProperty("data").GetProperty("free").GetInt64());

            // Balances.transfer_keep_alive: success events, the receiver gets the amount, the sender pays amount + fee.
            JsonElement transfer = report.GetProperty("transfer");
            string[] events = [.. transfer.GetProperty("events").EnumerateArray().Select(e => e.GetString()!)];
            Assert.Contains("balances.Transfer", events);
            Assert.Contains("transactionPayment.TransactionFeePaid", events);
            Assert.Equal("system.ExtrinsicSuccess", events[^1]);
            ulong amount = ulong.Parse(transfer.GetProperty("amount").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            ulong fee = ulong.Parse(transfer.GetProperty("fee").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(fee, 1UL, 1_000_000_000UL);
            Assert.Equal(amount.ToString(System.Globalization.CultureInfo.InvariantCulture), transfer.GetProperty("receiverDelta").GetString());
            Assert.Equal((amount + fee).ToString(System.Globalization.CultureInfo.InvariantCulture), transfer.GetProperty("senderDelta").GetString());

            // A failing call comes back as a decoded module error.
            JsonElement failing = report.GetProperty("failingCall");
            Assert.True(failing.GetProperty("module").GetBoolean());
            Assert.Equal("subtensorModule", failing.GetProperty("section").GetString());
            Assert.Equal("SubnetNotExists", failing.GetProperty("name").GetString());

            // An epoch paid the subnet: the weighted miners earn in weight order, the unweighted one nothing, validators dividends.
            Assert.True(report.GetProperty("netuid").GetInt32() >= 1);
            Dictionary<string, JsonElement> neurons = report.GetProperty("neurons").EnumerateArray().ToDictionary(n => n.GetProperty("name").GetString()!);
            int Incentive(string name) => neurons[name].GetProperty("incentive").GetInt32();
            ulong Emission(string name) => ulong.Parse(neurons[name].GetProperty("emission").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(Incentive("m1") > Incentive("m2"), $"m1 {Incentive("m1")} ≤ m2 {Incentive("m2")}");
            Assert.True(Incentive("m2") > 0);
            Assert.Equal(0, Incentive("m3"));
            Assert.True(Emission("m1") > Emission("m2") && Emission("m2") > Emission("m3"));
            Assert.True(neurons["v1"].GetProperty("dividends").GetInt32() > neurons["v2"].GetProperty("dividends").GetInt32(), "the larger stake earns the larger dividends");
            Assert.True(neurons["v2"].GetProperty("dividends").GetInt32() > 0);

            // author_submitExtrinsic refuses with Substrate's codes, and block production goes on.
            JsonElement refusals = report.GetProperty("refusals");
            Assert.StartsWith("1010: Invalid Transaction: Transaction has a bad signature", refusals.GetProperty("badSignature").GetString(), StringComparison.Ordinal);
            Assert.StartsWith("1010: Invalid Transaction: Transaction is outdated", refusals.GetProperty("staleNonce").GetString(), StringComparison.Ordinal);
            Assert.StartsWith("1001: Extrinsic has invalid format", refusals.GetProperty("garbage").GetString(), StringComparison.Ordinal);
            Assert.True(report.GetProperty("blocksAfterRefusals").GetInt32() >= 2);
            Assert.False(node.HasExited);
        }
    }

    private static async Task<JsonElement> RunScriptAsync(Uri endpoint, SubtensorProcess node)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Path.Combine(RepoPaths.Root, "tools", "js-reference"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("node-e2e.mjs");
        start.ArgumentList.Add(endpoint.ToString().TrimEnd('/'));
        using Process script = Process.Start(start) ?? throw new InvalidOperationException("could not start node (Node.js); run eng/setup.sh");
        Task<string> stdout = script.StandardOutput.ReadToEndAsync();
        Task<string> stderr = script.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(ScriptTimeout);
        try
        {
            await script.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            script.Kill(entireProcessTree: true);
            throw new TimeoutException($"node-e2e.mjs did not finish in {ScriptTimeout}. stderr:\n{await stderr}\nnode stdout tail:\n{Tail(node.Stdout)}");
        }

        string output = await stdout;
        Assert.True(script.ExitCode == 0, $"node-e2e.mjs exited {script.ExitCode}. stderr:\n{await stderr}\nstdout:\n{output}\nnode stdout tail:\n{Tail(node.Stdout)}");
        string lastLine = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
        return JsonDocument.Parse(lastLine).RootElement.Clone();
    }

    private static string Tail(string text) => text.Length <= 4000 ? text : text[^4000..];
}
