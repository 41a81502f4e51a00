using System.Globalization;
using System.Text.RegularExpressions;
using Bittensor.Core.Crypto;
using Bittensor.Core.Primitives;
using Bittensor.Examples.Subnet;
using Bittensor.Examples.Subnet.Protocol;
using Bittensor.Sdk.Axons;
using Bittensor.Sdk.Chain;
using Bittensor.Sdk.Dendrites;
using Bittensor.Sdk.Wallets;
using Xunit.Abstractions;

namespace Bittensor.Examples.Tests.Chain;

/// <summary>
/// The example subnet against the real dev node: trained, weak, lazy and copier miner processes serve and announce
/// their axons, a validator process queries them with held-out fixture mail and sets weights that land on chain with
/// the trained miner on top; an unregistered caller is blacklisted; an unregistered hotkey cannot start; SIGTERM stops
/// every process cleanly. <c>SPAM_SUBNET_E2E_DATA</c> runs it on another corpus (e.g. the real one).
/// </summary>
[Trait("Category", "Integration")]
public sealed partial class SubnetEndToEndTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Bounded = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task MinersAndValidator_DevNode_TrainedMinerWeightedHighestOnChain()
    {
        System.Diagnostics.Stopwatch clock = System.Diagnostics.Stopwatch.StartNew();
        await using DevNode node = await DevNode.StartAsync();
        output.WriteLine($"{clock.Elapsed}: node up");
        DirectoryInfo wallets = Directory.CreateTempSubdirectory("spam-subnet-wallets-");
        List<SubnetProcess> processes = [];
        try
        {
            await using SubtensorClient client = await SubtensorClient.ConnectAsync(new Uri(node.Endpoint), new SubtensorClientOptions { WatchRuntimeUpgrades = false });
            KeyPair alice = KeyPair.FromUri("//Alice");
            KeyPair bob = KeyPair.FromUri("//Bob");
            KeyPair validatorHotkey = WriteWallet(wallets.FullName, "validator", "//Alice", "//SpamSubnetValidator");
            KeyPair strangerHotkey = WriteWallet(wallets.FullName, "stranger", "//Charlie", "//SpamSubnetStranger");
            string[] kinds = ["trained", "weak", "lazy", "copier"];
            Dictionary<string, KeyPair> minerHotkeys = kinds.ToDictionary(k => k, k => WriteWallet(wallets.FullName, k, "//Bob", "//SpamSubnetMiner" + k));

            // The validator's hotkey owns the subnet (its uid is exempt from the validator-permit wait); Bob registers the miners.
            IReadOnlyList<ushort> before = await client.GetAllSubnetNetuidsAsync();
            Assert.True((await client.RegisterNetworkAsync(alice, Id(validatorHotkey))).Success);
            ushort netuid = (await client.GetAllSubnetNetuidsAsync()).Except(before).Single();
            Assert.True((await client.StartCallAsync(alice, netuid)).Success);
            Dictionary<string, ushort> uids = [];
            foreach (string kind in kinds)
            {
                Assert.True((await client.BurnedRegisterAsync(bob, netuid, Id(minerHotkeys[kind]))).Success);
                uids[kind] = (await client.GetUidForHotkeyOnSubnetAsync(Id(minerHotkeys[kind]), netuid))!.Value;
            }

            output.WriteLine($"{clock.Elapsed}: subnet {netuid} and miners registered");
            string n = netuid.ToString(CultureInfo.InvariantCulture);
            string data = Environment.GetEnvironmentVariable("SPAM_SUBNET_E2E_DATA") is { Length: > 0 } real ? real : FixtureData.Directory;
            string[] Common(string wallet) => ["--network", node.Endpoint, "--netuid", n, "--wallet-name", wallet, "--wallet-path", wallets.FullName, "--hotkey", "default", "--data", data];

            // An unregistered hotkey cannot start: one line, exit 1.
            (int strangerExit, string strangerError) = await RunInProcessAsync(["miner", "--kind", "lazy", .. Common("stranger"), "--axon-port", "0"]);
            Assert.Equal(1, strangerExit);
            Assert.Contains("is not registered on subnet " + n, strangerError, StringComparison.Ordinal);

            Dictionary<string, SubnetProcess> miners = [];
            foreach (string kind in kinds)
            {
                string[] copy = kind == "copier" ? ["--copy-uid", uids["trained"].ToString(CultureInfo.InvariantCulture)] : [];
                miners[kind] = SubnetProcess.Start(["miner", "--kind", kind, .. copy, .. Common(kind), "--axon-port", "0", "--seed", "5"]);
                processes.Add(miners[kind]);
            }

            Dictionary<string, int> ports = [];
            foreach (string kind in kinds)
            {
                Match ready = MinerReadyLine().Match(await miners[kind].WaitForLineAsync("miner ready ", Bounded));
                Assert.True(ready.Success, miners[kind].Log);
                Assert.Equal(uids[kind], ushort.Parse(ready.Groups[1].Value, CultureInfo.InvariantCulture));
                Assert.Equal(kind, ready.Groups[2].Value);
                ports[kind] = int.Parse(ready.Groups[3].Value, CultureInfo.InvariantCulture);
            }

            output.WriteLine($"{clock.Elapsed}: miners ready");

            // serve_axon landed: the chain has the address the trained miner printed.
            var announced = await client.GetNeuronLiteAsync(netuid, uids["trained"]);
            Assert.Equal(ports["trained"], announced!.Axon.Port);
            Assert.Equal("127.0.0.2", announced.Axon.IpAddress);

            // A registered caller gets an answer (from the trained miner, and the same one through the copier); an unregistered one is blacklisted (403).
            AxonInfo trainedAxon = announced.Axon.ToAxonInfo(Id(minerHotkeys["trained"]), announced.Coldkey);
            var copierNeuron = await client.GetNeuronLiteAsync(netuid, uids["copier"]);
            AxonInfo copierAxon = copierNeuron!.Axon.ToAxonInfo(Id(minerHotkeys["copier"]), copierNeuron.Coldkey);
            using (Dendrite registered = new(validatorHotkey))
            {
                const string Question = "Claim your FREE prize now!!! Click here.";
                SpamClassification answer = await registered.CallAsync(trainedAxon, new SpamClassification { EmailText = Question }, 10);
                Assert.True(answer.IsSuccess, answer.Dendrite?.StatusMessage);
                Assert.True(answer.IsSpam);
                Assert.InRange(answer.SpamProbability!.Value, 0.5, 1.0);
                SpamClassification copied = await registered.CallAsync(copierAxon, new SpamClassification { EmailText = Question }, 10);
                Assert.True(copied.IsSuccess, copied.Dendrite?.StatusMessage);
                Assert.Equal(answer.SpamProbability, copied.SpamProbability);
            }

            using (Dendrite stranger = new(strangerHotkey))
            {
                SpamClassification refused = await stranger.CallAsync(trainedAxon, new SpamClassification { EmailText = "hello" }, 10);
                Assert.True(refused.IsBlacklist, $"{refused.Dendrite?.StatusCode} {refused.Dendrite?.StatusMessage}");
            }

            SubnetProcess validator = SubnetProcess.Start(["validator", .. Common("validator"), "--query-interval-blocks", "1", "--weights-interval-blocks", "2", "--seed", "3"]);
            processes.Add(validator);
            ushort validatorUid = (await client.GetUidForHotkeyOnSubnetAsync(Id(validatorHotkey), netuid))!.Value;
            Assert.Equal($"validator ready uid={validatorUid}", await validator.WaitForLineAsync("validator ready ", Bounded));

            output.WriteLine($"{clock.Elapsed}: validator ready");

            // A few submissions in, the moving averages rank the trained miner above the lazy one and its own copier.
            string[] sets = await validator.WaitForLinesAsync("weights set ", 4, Bounded);
            Match last = WeightsLine().Match(sets[^1]);
            Assert.True(last.Success, sets[^1]);
            Dictionary<ushort, double> submitted = last.Groups[2].Value.Split(',').Select(ushort.Parse)
                .Zip(last.Groups[3].Value.Split(',').Select(w => double.Parse(w, CultureInfo.InvariantCulture)))
                .ToDictionary(p => p.First, p => p.Second);
            Assert.True(submitted[uids["trained"]] > submitted.GetValueOrDefault(uids["copier"]), validator.Log);
            Assert.True(submitted[uids["trained"]] > submitted.GetValueOrDefault(uids["lazy"]), validator.Log);
            Assert.DoesNotContain(validatorUid, submitted.Keys);
            output.WriteLine(validator.Log);

            // They landed: the chain holds the validator's row (max-upscaled to 65535), the trained miner above the lazy one.
            var weights = await client.GetWeightsAsync(netuid);
            var row = weights.Single(r => r.Uid == validatorUid).Row;
            Assert.Equal(ushort.MaxValue, row.Max(w => w.Value));
            Assert.True(row.Single(w => w.Uid == uids["trained"]).Value > row.SingleOrDefault(w => w.Uid == uids["lazy"]).Value);
            output.WriteLine($"{clock.Elapsed}: weights on chain");

            // SIGTERM: all stop serving and exit 0.
            Assert.Equal(0, await validator.TerminateAsync(TimeSpan.FromSeconds(15)));
            foreach (string kind in kinds)
            {
                Assert.Equal(0, await miners[kind].TerminateAsync(TimeSpan.FromSeconds(15)));
                Assert.Contains($"miner uid={uids[kind]} stopped", miners[kind].Log, StringComparison.Ordinal);
            }
        }
        finally
        {
            output.WriteLine($"{clock.Elapsed}: stopped");
            foreach (SubnetProcess process in processes)
            {
                await process.DisposeAsync();
            }

            wallets.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Miner_UnreachableChain_OneLineExit1()
    {
        DirectoryInfo wallets = Directory.CreateTempSubdirectory("spam-subnet-wallets-");
        try
        {
            WriteWallet(wallets.FullName, "miner", "//Bob", "//SpamSubnetMiner");
            (int exit, string error) = await RunInProcessAsync(["miner", "--kind", "lazy", "--network", "ws://127.0.0.1:1", "--netuid", "1", "--wallet-name", "miner", "--wallet-path", wallets.FullName, "--hotkey", "default"]);

            Assert.Equal(1, exit);
            Assert.StartsWith("error: could not connect to ws://127.0.0.1:1", error, StringComparison.Ordinal);
        }
        finally
        {
            wallets.Delete(recursive: true);
        }
    }

    private static AccountId32 Id(KeyPair key) => new(key.PublicKey.Span);

    private static KeyPair WriteWallet(string path, string name, string coldkeyUri, string hotkeyUri)
    {
        Sdk.Wallets.Wallet wallet = new(name, "default", path);
        wallet.RegenerateColdkey(KeySource.FromUri(coldkeyUri), null);
        wallet.RegenerateHotkey(KeySource.FromUri(hotkeyUri), null);
        return KeyPair.FromUri(hotkeyUri);
    }

    /// <summary>Runs the real command tree in process; returns the exit code and the (single-line) stderr.</summary>
    internal static async Task<(int Exit, string Error)> RunInProcessAsync(string[] args)
    {
        using StringWriter output = new();
        using StringWriter error = new();
        using CancellationTokenSource timeout = new(Bounded);
        int exit = await SpamSubnetApp.RunAsync(args, output, error, timeout.Token);
        string text = error.ToString().TrimEnd();
        Assert.DoesNotContain('\n', text);
        return (exit, text);
    }

    [GeneratedRegex(@"^miner ready uid=(\d+) kind=(trained|weak|lazy|copier) axon=127\.0\.0\.2:(\d+)$")]
    private static partial Regex MinerReadyLine();

    [GeneratedRegex(@"^weights set block=(\d+) uids=([\d,]+) weights=([\d.,]+)$")]
    private static partial Regex WeightsLine();
}
