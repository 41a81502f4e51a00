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

namespace Bittensor.Examples.Tests.Chain;

/// <summary>
/// The example subnet against the real dev node: a trained miner process serves and announces its axon, a validator
/// process queries it with held-out fixture mail and sets weights that land on chain; an unregistered caller is
/// blacklisted; an unregistered hotkey cannot start; SIGTERM stops both cleanly.
/// </summary>
[Trait("Category", "Integration")]
public sealed partial class SubnetEndToEndTests
{
    private static readonly TimeSpan Bounded = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task MinerAndValidator_DevNode_WeightsLandOnChain()
    {
        await using DevNode node = await DevNode.StartAsync();
        DirectoryInfo wallets = Directory.CreateTempSubdirectory("spam-subnet-wallets-");
        try
        {
            await using SubtensorClient client = await SubtensorClient.ConnectAsync(new Uri(node.Endpoint), new SubtensorClientOptions { WatchRuntimeUpgrades = false });
            KeyPair alice = KeyPair.FromUri("//Alice");
            KeyPair bob = KeyPair.FromUri("//Bob");
            KeyPair validatorHotkey = WriteWallet(wallets.FullName, "validator", "//Alice", "//SpamSubnetValidator");
            KeyPair minerHotkey = WriteWallet(wallets.FullName, "miner", "//Bob", "//SpamSubnetMiner");
            KeyPair strangerHotkey = WriteWallet(wallets.FullName, "stranger", "//Charlie", "//SpamSubnetStranger");

            // The validator's hotkey owns the subnet (its uid is exempt from the validator-permit wait); Bob registers the miner.
            IReadOnlyList<ushort> before = await client.GetAllSubnetNetuidsAsync();
            Assert.True((await client.RegisterNetworkAsync(alice, Id(validatorHotkey))).Success);
            ushort netuid = (await client.GetAllSubnetNetuidsAsync()).Except(before).Single();
            Assert.True((await client.StartCallAsync(alice, netuid)).Success);
            Assert.True((await client.BurnedRegisterAsync(bob, netuid, Id(minerHotkey))).Success);
            string n = netuid.ToString(CultureInfo.InvariantCulture);
            string[] Common(string wallet) => ["--network", node.Endpoint, "--netuid", n, "--wallet-name", wallet, "--wallet-path", wallets.FullName, "--hotkey", "default", "--data", FixtureData.Directory];

            // An unregistered hotkey cannot start: one line, exit 1.
            (int strangerExit, string strangerError) = await RunInProcessAsync(["miner", "--kind", "lazy", .. Common("stranger"), "--axon-port", "0"]);
            Assert.Equal(1, strangerExit);
            Assert.Contains("is not registered on subnet " + n, strangerError, StringComparison.Ordinal);

            await using SubnetProcess miner = SubnetProcess.Start(["miner", "--kind", "trained", .. Common("miner"), "--axon-port", "0"]);
            Match ready = MinerReadyLine().Match(await miner.WaitForLineAsync("miner ready ", Bounded));
            Assert.True(ready.Success, miner.Log);
            ushort minerUid = ushort.Parse(ready.Groups[1].Value, CultureInfo.InvariantCulture);
            int port = int.Parse(ready.Groups[2].Value, CultureInfo.InvariantCulture);
            Assert.Equal(await client.GetUidForHotkeyOnSubnetAsync(Id(minerHotkey), netuid), minerUid);

            // serve_axon landed: the chain has the port the miner printed.
            var announced = await client.GetNeuronLiteAsync(netuid, minerUid);
            Assert.Equal(port, announced!.Axon.Port);
            Assert.Equal("127.0.0.2", announced.Axon.IpAddress);

            // A registered caller gets an answer; an unregistered one is blacklisted (403).
            AxonInfo axon = announced.Axon.ToAxonInfo(Id(minerHotkey), announced.Coldkey);
            using (Dendrite registered = new(validatorHotkey))
            {
                SpamClassification answer = await registered.CallAsync(axon, new SpamClassification { EmailText = "Claim your FREE prize now!!! Click here." }, 10);
                Assert.True(answer.IsSuccess, answer.Dendrite?.StatusMessage);
                Assert.True(answer.IsSpam);
                Assert.InRange(answer.SpamProbability!.Value, 0.5, 1.0);
            }

            using (Dendrite stranger = new(strangerHotkey))
            {
                SpamClassification refused = await stranger.CallAsync(axon, new SpamClassification { EmailText = "hello" }, 10);
                Assert.True(refused.IsBlacklist, $"{refused.Dendrite?.StatusCode} {refused.Dendrite?.StatusMessage}");
            }

            await using SubnetProcess validator = SubnetProcess.Start(["validator", .. Common("validator"), "--query-interval-blocks", "1", "--weights-interval-blocks", "2", "--seed", "3"]);
            ushort validatorUid = (await client.GetUidForHotkeyOnSubnetAsync(Id(validatorHotkey), netuid))!.Value;
            Assert.Equal($"validator ready uid={validatorUid}", await validator.WaitForLineAsync("validator ready ", Bounded));
            string set = await validator.WaitForLineAsync("weights set ", Bounded);
            Assert.Matches(@$"^weights set block=\d+ uids={minerUid} weights=1\.0000$", set);

            var weights = await client.GetWeightsAsync(netuid);
            var row = weights.Single(r => r.Uid == validatorUid).Row;
            Assert.Equal(ushort.MaxValue, row.Single(w => w.Uid == minerUid).Value);

            // SIGTERM: both stop serving and exit 0.
            Assert.Equal(0, await validator.TerminateAsync(TimeSpan.FromSeconds(15)));
            Assert.Equal(0, await miner.TerminateAsync(TimeSpan.FromSeconds(15)));
            Assert.Contains($"miner uid={minerUid} stopped", miner.Log, StringComparison.Ordinal);
        }
        finally
        {
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

    [GeneratedRegex(@"^miner ready uid=(\d+) kind=trained axon=127\.0\.0\.2:(\d+)$")]
    private static partial Regex MinerReadyLine();
}
