using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Bittensor.Cli.Tests.Wallet;
using Bittensor.Core.Crypto;
using Bittensor.Core.Metadata;
using Bittensor.Sdk.Chain;
using Bittensor.Sdk.Chain.Extrinsics;

namespace Bittensor.Cli.Tests.Chain;

/// <summary>
/// One real dev node shared by the btcli command test classes (the <see cref="DevChainTests"/>): //Alice (the dev
/// sudo key) owns two started subnets, and funded wallets are registered on them, all made through btcli itself.
/// The only setup outside btcli is the sudo call that opens the admin freeze window (upstream dev chains do the same
/// with sudo), since with the dev tempo of 10 the default window of 10 blocks would freeze every owner setter.
/// </summary>
public sealed class DevChainFixture : IAsyncLifetime
{
    public const ulong Rao = 1_000_000_000;

    private DevNode? _node;

    public WalletCli Cli { get; } = new();

    public string Network => _node!.Endpoint;

    /// <summary>The subnet the fixture's wallets are registered on.</summary>
    public ushort Netuid { get; private set; }

    /// <summary>A second subnet (for stake swaps).</summary>
    public ushort SecondNetuid { get; private set; }

    public Dictionary<string, string> Coldkeys { get; } = [];

    public Dictionary<string, string> Hotkeys { get; } = [];

    public Dictionary<string, ushort> Uids { get; } = [];

    public string N => Netuid.ToString(CultureInfo.InvariantCulture);

    public string N2 => SecondNetuid.ToString(CultureInfo.InvariantCulture);

    /// <summary>Arguments plus the dev node and --no-prompt.</summary>
    public string[] Chain(params string[] args) => [.. args, "--network", Network, "--no-prompt"];

    public BtcliRunner.Result Run(params string[] args) => Cli.Run(Chain(args));

    public async Task InitializeAsync()
    {
        _node = await DevNode.StartAsync();
        Cli.Variables["BT_WALLET_PATH"] = Cli.WalletPath;
        Assert.Equal(0, Cli.Run("wallet", "create", "--name", "alice", "-H", "default", "--uri", "Alice", "--json-output").ExitCode);
        await OpenAdminWindowAsync();

        Netuid = Run("subnets", "create", "--name", "alice", "-H", "default", "--json-output").Ok().GetProperty("netuid").GetUInt16();
        Run("subnets", "start", "--name", "alice", "--netuid", N, "--json-output").Ok();
        SecondNetuid = Run("subnets", "create", "--name", "alice", "-H", "default", "--json-output").Ok().GetProperty("netuid").GetUInt16();
        Run("subnets", "start", "--name", "alice", "--netuid", N2, "--json-output").Ok();

        foreach (string name in new[] { "val", "val2", "miner", "mover" })
        {
            JsonElement created = Cli.Run("wallet", "create", "--name", name, "-H", "default", "--no-use-password", "--no-prompt", "--json-output").Ok();
            Coldkeys[name] = created.GetProperty("coldkey").GetProperty("ss58Address").GetString()!;
            Hotkeys[name] = created.GetProperty("hotkey").GetProperty("ss58Address").GetString()!;
            Run("wallet", "transfer", "--name", "alice", "--destination", Coldkeys[name], "--amount", "5000", "--json-output").Ok();
            Uids[name] = Run("subnets", "register", "--name", name, "-H", "default", "--netuid", N, "--json-output").Ok().GetProperty("uid").GetUInt16();
        }

        Run("subnets", "register", "--name", "mover", "-H", "default", "--netuid", N2, "--json-output").Ok();
        Run("stake", "add", "--name", "val", "-H", "default", "--netuid", N, "--amount", "1000", "--json-output").Ok();
    }

    public async Task DisposeAsync()
    {
        Cli.Dispose();
        if (_node is not null)
        {
            await _node.DisposeAsync();
        }
    }

    /// <summary>Retries a check (null = done) every 250 ms for at most 60 s; the last failure is the assertion message.</summary>
    public static async Task Eventually(Func<string?> attempt)
    {
        Stopwatch clock = Stopwatch.StartNew();
        string? last;
        while ((last = attempt()) is not null)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), last);
            await Task.Delay(250);
        }
    }

    private async Task OpenAdminWindowAsync()
    {
        await using SubtensorClient client = await SubtensorClient.ConnectAsync(new Uri(Network), new SubtensorClientOptions { WatchRuntimeUpgrades = false });
        ChainMetadata meta = client.Metadata;
        byte[] inner = meta.EncodeCall("AdminUtils", "sudo_set_admin_freeze_window", new ScaleField("window", ScaleValue.U16(0)));
        ExtrinsicReceipt receipt = await client.SignAndSubmitAsync(meta.EncodeCall("Sudo", "sudo", new ScaleField("call", meta.DecodeCall(inner))), KeyPair.FromUri("//Alice"));
        Assert.True(receipt.Success);
    }
}
