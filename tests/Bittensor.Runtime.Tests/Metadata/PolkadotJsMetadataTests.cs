using System.Diagnostics;
using System.Text.Json.Nodes;
using Bittensor.Core.Chain.Extrinsics;
using Bittensor.Core.Primitives;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Metadata;
using Bittensor.Runtime.Tests.Executive;
using Bittensor.Testing;

namespace Bittensor.Runtime.Tests.Metadata;

/// <summary>
/// Our metadata read by unmodified polkadot.js (@polkadot/types 16.5.6 through tools/js-reference/metadata-check.mjs):
/// it must see our pallets, calls, errors and storage, use our signed extensions, and decode a signed transfer we built.
/// The npm packages are installed by eng/setup.sh; their absence fails the test.
/// </summary>
public class PolkadotJsMetadataTests
{
    private static readonly NodeRuntime Runtime = NodeRuntime.CreateDev();

    [Theory]
    [InlineData(14)]
    [InlineData(15)]
    public void PolkadotJs_SeesOurPallets_AndDecodesOurSignedTransfer(int version)
    {
        NodeMetadata metadata = NodeMetadata.For(Runtime);
        var chain = new TestChain(Runtime.Runtime);
        const ulong Amount = 1_234_567_890;
        byte[] xt = chain.Sign(TestChain.Key("Alice"), chain.TransferKeepAlive(TestChain.Bob, Amount), nonce: 5, tip: 7);

        JsonObject seen = RunCheck(version == 14 ? metadata.V14Envelope : metadata.V15Envelope, "0x" + Convert.ToHexStringLower(xt));

        Assert.Equal(version, seen["version"]!.GetValue<int>());
        var problems = new List<string>();
        JsonArray pallets = seen["pallets"]!.AsArray();
        foreach (Pallet pallet in Runtime.Runtime.Definition.Pallets)
        {
            JsonNode? js = pallets.FirstOrDefault(p => p!["name"]!.GetValue<string>() == pallet.Name);
            if (js is null)
            {
                problems.Add($"polkadot.js does not see pallet {pallet.Name}");
                continue;
            }

            Check(problems, $"{pallet.Name} index", pallet.Index.ToString(System.Globalization.CultureInfo.InvariantCulture), js["index"]!.ToJsonString());
            Check(problems, $"{pallet.Name} calls", string.Join(",", pallet.Calls.Select(c => c.Name)), Names(js["calls"]));
            Check(problems, $"{pallet.Name} events", string.Join(",", pallet.Events.Select(c => c.Name)), Names(js["events"]));
            Check(problems, $"{pallet.Name} errors", string.Join(",", pallet.Errors.Select(c => c.Name)), Names(js["errors"]));
            Check(problems, $"{pallet.Name} storage", string.Join(",", pallet.Storage.Select(c => c.Name)), Names(js["storage"]));
            Check(problems, $"{pallet.Name} constants", string.Join(",", pallet.Constants.Select(c => c.Name)), Names(js["constants"]));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(TransactionExtensionSchema.Spec425.Extensions.Select(e => e.Identifier), seen["signedExtensions"]!.AsArray().Select(e => e!.GetValue<string>()));
        Assert.Contains(4, seen["extrinsicVersions"]!.AsArray().Select(v => v!.GetValue<int>()));

        JsonNode decoded = seen["extrinsic"]!;
        Assert.True(decoded["isSigned"]!.GetValue<bool>());
        Assert.Equal(Ss58.Encode(TestChain.Alice.AsSpan()), decoded["signer"]!.GetValue<string>());
        Assert.Equal(5, decoded["nonce"]!.GetValue<int>());
        Assert.Equal("7", decoded["tip"]!.GetValue<string>());
        Assert.Equal("balances", decoded["section"]!.GetValue<string>());
        Assert.Equal("transferKeepAlive", decoded["method"]!.GetValue<string>());
        Assert.Equal(Ss58.Encode(TestChain.Bob.AsSpan()), decoded["args"]!["dest"]!["id"]!.GetValue<string>());
        Assert.Equal(Amount, decoded["args"]!["value"]!.GetValue<ulong>());
        Assert.True(decoded["reencoded"]!.GetValue<bool>(), "polkadot.js re-encodes the extrinsic differently");
        Assert.Equal("0x" + Convert.ToHexStringLower(Core.Hashing.Blake2b.Hash(xt, 32)), decoded["hash"]!.GetValue<string>());
    }

    private static string Names(JsonNode? array) => string.Join(",", array!.AsArray().Select(n => n!.GetValue<string>()));

    private static void Check(List<string> problems, string what, string ours, string seen)
    {
        if (ours != seen)
        {
            problems.Add($"{what}: ours [{ours}], polkadot.js [{seen}]");
        }
    }

    private static JsonObject RunCheck(ReadOnlyMemory<byte> envelope, string extrinsicHex)
    {
        string dir = Path.Combine(RepoPaths.Root, "tools", "js-reference");
        Assert.True(
            Directory.Exists(Path.Combine(dir, "node_modules", "@polkadot", "api")),
            $"@polkadot/api is not installed in {dir}: run eng/setup.sh (npm ci there) before the tests");
        string file = Path.Combine(Path.GetTempPath(), $"bittensor-metadata-{Guid.NewGuid():N}.hex");
        File.WriteAllText(file, "0x" + Convert.ToHexStringLower(envelope.Span));
        try
        {
            var start = new ProcessStartInfo("node")
            {
                WorkingDirectory = dir,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add("metadata-check.mjs");
            start.ArgumentList.Add(file);
            start.ArgumentList.Add(extrinsicHex);
            using Process process = Process.Start(start) ?? throw new InvalidOperationException("could not start node (is Node.js installed? eng/setup.sh installs it)");
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("metadata-check.mjs did not finish within 90 s");
            }

            string output = stdout.GetAwaiter().GetResult();
            Assert.True(process.ExitCode == 0, $"metadata-check.mjs exited with {process.ExitCode}: {stderr.GetAwaiter().GetResult()}");
            return JsonNode.Parse(output)!.AsObject();
        }
        finally
        {
            File.Delete(file);
        }
    }
}
