using System.Diagnostics;
using Bittensor.Cli.Tests.Chain;
using Bittensor.Core.Crypto;
using Bittensor.Core.Primitives;
using Bittensor.Sdk.Axons;
using Bittensor.Sdk.Chain;
using Bittensor.Sdk.Chain.Extrinsics;
using Bittensor.Sdk.Tests.Synapses;

namespace Bittensor.Sdk.Tests.EndToEnd;

/// <summary>
/// A subnet on the real dev node (<c>subtensor.dll --dev</c>, a separate process) with a miner and a validator, built
/// only through the SDK: //Alice registers and starts the subnet, funds the two coldkeys, which burned-register their
/// hotkeys; the validator's coldkey stakes on its hotkey. The miner's axon (SDK <see cref="Axon"/>, hosted in this test
/// process on a loopback address) serves <see cref="EchoSynapse"/>, blacklists callers that are not registered on the
/// subnet (a chain read per request), persists its nonce history to a journal, and is announced with
/// <c>serve_axon</c> signed by the miner's hotkey. Both hotkeys are never funded: their free balance stays zero.
/// </summary>
public sealed class DevSubnet : IAsyncLifetime
{
    public static readonly KeyPair Alice = KeyPair.FromUri("//Alice");

    /// <summary>
    /// Where the miner listens and what it announces: loopback, but not 127.0.0.1, which serve_axon refuses as upstream
    /// does (serving.rs <c>is_valid_ip_address</c>); on Linux all of 127.0.0.0/8 reaches this machine.
    /// </summary>
    public const string MinerIp = "127.0.0.2";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "bt-sdk-e2e-" + Guid.NewGuid().ToString("N"));
    private int _handlerCalls;

    public KeyPair MinerColdkey { get; } = KeyPair.FromUri("//E2E//Miner//Cold");

    /// <summary>The miner's hotkey: signs serve_axon and the axon's responses; zero balance.</summary>
    public KeyPair MinerHotkey { get; } = KeyPair.FromUri("//E2E//Miner//Hot");

    public KeyPair ValidatorColdkey { get; } = KeyPair.FromUri("//E2E//Validator//Cold");

    /// <summary>The validator's hotkey: signs set_weights and the dendrite's requests; zero balance.</summary>
    public KeyPair ValidatorHotkey { get; } = KeyPair.FromUri("//E2E//Validator//Hot");

    internal DevNode Node { get; private set; } = null!;

    public SubtensorClient Client { get; private set; } = null!;

    public ushort Netuid { get; private set; }

    public ushort MinerUid { get; private set; }

    public ushort ValidatorUid { get; private set; }

    public Axon Axon { get; private set; } = null!;

    /// <summary>The receipt of the miner's serve_axon.</summary>
    public ExtrinsicReceipt ServeReceipt { get; private set; } = null!;

    /// <summary>The miner hotkey's free balance read just before it signed serve_axon.</summary>
    public ulong MinerHotkeyBalanceBeforeServe { get; private set; }

    /// <summary>The axon's nonce journal (<see cref="AxonOptions.NonceStorePath"/>): its bytes are the miner's nonce state.</summary>
    public string NonceJournal => Path.Combine(_directory, "nonces.journal");

    /// <summary>How many times the miner's EchoSynapse handler ran.</summary>
    public int HandlerCalls => Volatile.Read(ref _handlerCalls);

    public static AccountId32 Account(KeyPair key) => new(key.PublicKey.Span);

    public async Task InitializeAsync()
    {
        using CancellationTokenSource timeout = new(TimeSpan.FromMinutes(3));
        CancellationToken ct = timeout.Token;
        Directory.CreateDirectory(_directory);
        Node = await DevNode.StartAsync();
        Client = await SubtensorClient.ConnectAsync(new Uri(Node.Endpoint), cancellationToken: ct);

        // The subnet: //Alice owns it (coldkey and hotkey) and starts its emission.
        HashSet<ushort> before = [.. await Client.GetAllSubnetNetuidsAsync(null, ct)];
        ExtrinsicReceipt created = Succeeded(await Client.RegisterNetworkAsync(Alice, Account(Alice), cancellationToken: ct), "register_network");
        Netuid = (await Client.GetAllSubnetNetuidsAsync(created.BlockHash, ct)).Single(n => !before.Contains(n));
        Succeeded(await Client.StartCallAsync(Alice, Netuid, cancellationToken: ct), "start_call");

        // Coldkeys get TAO; hotkeys never do.
        foreach (KeyPair coldkey in new[] { MinerColdkey, ValidatorColdkey })
        {
            Succeeded(await Client.TransferAsync(Alice, Account(coldkey), 1_000 * Balance.RaoPerTao, cancellationToken: ct), "transfer");
        }

        Succeeded(await Client.BurnedRegisterAsync(MinerColdkey, Netuid, Account(MinerHotkey), cancellationToken: ct), "burned_register (miner)");
        Succeeded(await Client.BurnedRegisterAsync(ValidatorColdkey, Netuid, Account(ValidatorHotkey), cancellationToken: ct), "burned_register (validator)");
        MinerUid = await Client.GetUidForHotkeyOnSubnetAsync(Account(MinerHotkey), Netuid, null, ct) ?? throw new InvalidOperationException("the miner has no uid");
        ValidatorUid = await Client.GetUidForHotkeyOnSubnetAsync(Account(ValidatorHotkey), Netuid, null, ct) ?? throw new InvalidOperationException("the validator has no uid");
        Succeeded(await Client.AddStakeAsync(ValidatorColdkey, Account(ValidatorHotkey), Netuid, 100 * Balance.RaoPerTao, cancellationToken: ct), "add_stake");

        // The miner: its axon, then its announcement on chain.
        Axon = new Axon(MinerHotkey, new AxonOptions { Host = MinerIp, Port = 0, NonceStorePath = NonceJournal });
        Axon.Attach<EchoSynapse>(ForwardAsync, blacklist: BlacklistAsync);
        await Axon.StartAsync(ct);
        MinerHotkeyBalanceBeforeServe = await Client.GetBalanceAsync(Account(MinerHotkey), null, ct);
        ServeReceipt = await Client.ServeAxonAsync(MinerHotkey, Netuid, (uint)Axon.Info.Version, Ipv4(127, 0, 0, 2), (ushort)Axon.Port, 4, cancellationToken: ct);
    }

    public async Task DisposeAsync()
    {
        if (Axon is not null)
        {
            await Axon.DisposeAsync();
        }

        if (Client is not null)
        {
            await Client.DisposeAsync();
        }

        if (Node is not null)
        {
            await Node.DisposeAsync();
        }

        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp directory does not fail a test.
        }
    }

    /// <summary>The on-chain u128 form of an IPv4 address (upstream <c>ip_to_int</c>).</summary>
    public static UInt128 Ipv4(byte a, byte b, byte c, byte d) => ((UInt128)a << 24) | ((UInt128)b << 16) | ((UInt128)c << 8) | d;

    /// <summary>Retries <paramref name="attempt"/> (null = done) every 250 ms (one dev block) for at most 90 s.</summary>
    public static async Task EventuallyAsync(Func<Task<string?>> attempt)
    {
        Stopwatch clock = Stopwatch.StartNew();
        string? last;
        while ((last = await attempt()) is not null)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(90), last);
            await Task.Delay(250);
        }
    }

    private static ExtrinsicReceipt Succeeded(ExtrinsicReceipt receipt, string what) =>
        receipt.Success ? receipt : throw new InvalidOperationException($"{what} failed: {receipt.Error}");

    private async Task<EchoSynapse> ForwardAsync(EchoSynapse synapse, CancellationToken ct)
    {
        Interlocked.Increment(ref _handlerCalls);
        if (synapse.DelayMs > 0)
        {
            await Task.Delay(synapse.DelayMs, ct);
        }

        synapse.Completion = string.Join(" ", synapse.Messages.Select(m => new string([.. m.Reverse()])));
        return synapse;
    }

    // Like the subnet template's miner: only hotkeys registered on this subnet may call.
    private async Task<BlacklistDecision> BlacklistAsync(EchoSynapse synapse, CancellationToken ct)
    {
        if (!AccountId32.TryParse(synapse.Dendrite?.Hotkey, out AccountId32 caller, out _))
        {
            return BlacklistDecision.Deny("unparseable hotkey");
        }

        return await Client.IsHotkeyRegisteredOnSubnetAsync(caller, Netuid, null, ct)
            ? BlacklistDecision.Allow
            : BlacklistDecision.Deny("hotkey not registered on the subnet");
    }
}
