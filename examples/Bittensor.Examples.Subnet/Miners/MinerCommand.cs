using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Bittensor.Core.Crypto;
using Bittensor.Examples.Subnet.Data;
using Bittensor.Examples.Subnet.Model;
using Bittensor.Examples.Subnet.Neurons;
using Bittensor.Examples.Subnet.Protocol;
using Bittensor.Sdk.Axons;
using Bittensor.Sdk.Chain.Extrinsics;
using Bittensor.Sdk.Chain.Rpc;
using Bittensor.Sdk.Dendrites;
using Bittensor.Sdk.Synapses;

namespace Bittensor.Examples.Subnet.Miners;

/// <summary>
/// <c>spam-subnet miner</c>: trains (or not, by kind), checks its hotkey is registered, serves the SDK axon, announces
/// it with serve_axon, prints <c>miner ready uid=U kind=K axon=IP:PORT</c>, and serves until SIGINT/SIGTERM.
/// </summary>
public static class MinerCommand
{
    /// <summary>Seconds the copier waits for the miner it copies.</summary>
    public const double CopyTimeoutSeconds = 5;

    /// <summary>The loopback address a miner announces when asked for 127.0.0.1, which the chain refuses.</summary>
    public static readonly IPAddress LoopbackAlias = IPAddress.Parse("127.0.0.2");

    public static Command Create(TextWriter output, TextWriter error)
    {
        NeuronOptions common = new();
        Option<MinerKind> kind = new("--kind") { Description = "trained, weak, lazy or copier.", Required = true };
        Option<ushort?> copyUid = new("--copy-uid") { Description = "The uid whose answers a copier forwards." };
        Option<string> axonIp = new("--axon-ip") { Description = "The address to serve on and announce.", DefaultValueFactory = _ => "127.0.0.1" };
        Option<int> axonPort = new("--axon-port") { Description = "The port to serve on (0 picks a free one).", DefaultValueFactory = _ => 0 };
        Option<uint> sellEvery = new("--sell-every-blocks") { Description = "Sell the stake the miner earns (unstake_all, signed by the wallet's coldkey) every this many blocks; 0 keeps it.", DefaultValueFactory = _ => 0 };
        Command command = new("miner", "Serve spam/ham answers on the subnet.");
        common.AddTo(command);
        command.Options.Add(kind);
        command.Options.Add(copyUid);
        command.Options.Add(axonIp);
        command.Options.Add(axonPort);
        command.Options.Add(sellEvery);
        command.SetAction((parse, ct) => RunAsync(
            common.Read(parse), parse.GetValue(kind), parse.GetValue(copyUid), parse.GetValue(axonIp)!, parse.GetValue(axonPort), output, error, ct, parse.GetValue(sellEvery)));
        return command;
    }

    /// <summary>Runs a miner until <paramref name="cancellationToken"/> fires; returns the exit code.</summary>
    /// <param name="settings">The shared neuron options.</param>
    /// <param name="kind">What answers.</param>
    /// <param name="copyUid">The uid a copier forwards.</param>
    /// <param name="axonIp">The address to serve on and announce.</param>
    /// <param name="axonPort">The port (0: a free one).</param>
    /// <param name="output">Where the ready line goes.</param>
    /// <param name="error">Where diagnostics go.</param>
    /// <param name="cancellationToken">Stops the miner.</param>
    /// <param name="sellEveryBlocks">Sell the earned stake every this many blocks (see <see cref="EmissionSeller"/>); 0 keeps it.</param>
    public static async Task<int> RunAsync(
        NeuronSettings settings, MinerKind kind, ushort? copyUid, string axonIp, int axonPort, TextWriter output, TextWriter error, CancellationToken cancellationToken, uint sellEveryBlocks = 0)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (kind == MinerKind.Copier && copyUid is null)
        {
            throw new SubnetException("--kind copier needs --copy-uid UID (the miner whose answers it forwards)");
        }

        if (kind != MinerKind.Copier && copyUid is not null)
        {
            throw new SubnetException("--copy-uid is only for --kind copier");
        }

        if (axonPort is < 0 or > ushort.MaxValue)
        {
            throw new SubnetException($"--axon-port must be 0-65535, got {axonPort}");
        }

        if (!IPAddress.TryParse(axonIp, out IPAddress? ip) || ip.AddressFamily != AddressFamily.InterNetwork)
        {
            throw new SubnetException($"--axon-ip must be an IPv4 address, got '{axonIp}'");
        }

        if (ip.Equals(IPAddress.Loopback))
        {
            // serve_axon refuses exactly 127.0.0.1 (subtensor serving.rs is_valid_ip_address), but all of 127.0.0.0/8 is
            // the loopback interface: serve and announce on 127.0.0.2 instead, still reachable only from this machine.
            ip = LoopbackAlias;
            axonIp = ip.ToString();
        }

        KeyPair? coldkey = sellEveryBlocks > 0 ? EmissionSeller.UnlockColdkey(settings) : null;
        ModelAnswerer? model = kind is MinerKind.Trained or MinerKind.Weak ? Train(settings, kind, error) : null;
        await using ChainSession session = await ChainSession.OpenAsync(settings, cancellationToken).ConfigureAwait(false);
        using Dendrite? dendrite = kind == MinerKind.Copier ? new Dendrite(session.Hotkey) : null;
        using CopierAnswerer? copier = kind == MinerKind.Copier ? new CopierAnswerer(session, dendrite!, copyUid!.Value, CopyTimeoutSeconds) : null;
        ISpamAnswerer answerer = kind switch
        {
            MinerKind.Lazy => new LazyAnswerer(settings.Seed ?? session.Uid),
            MinerKind.Copier => copier!,
            _ => model!,
        };

        using RegisteredHotkeys registered = new(session);
        await using Axon axon = new(session.Hotkey, new AxonOptions { Host = axonIp, Port = axonPort, ExternalIp = axonIp });
        axon.Attach<SpamClassification>(
            async (synapse, ct) =>
            {
                SpamPrediction? answer = await answerer.AnswerAsync(synapse.EmailText, ct).ConfigureAwait(false);
                synapse.IsSpam = answer?.IsSpam;
                synapse.SpamProbability = answer?.Probability;
                return synapse;
            },
            async (synapse, ct) => await registered.ContainsAsync(synapse.Dendrite?.Hotkey, ct).ConfigureAwait(false)
                ? BlacklistDecision.Allow
                : BlacklistDecision.Deny($"hotkey {synapse.Dendrite?.Hotkey} is not registered on subnet {session.Netuid}"));
        try
        {
            await axon.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            throw new SubnetException($"cannot serve on {axonIp}:{axonPort}: {ex.Message}", ex);
        }

        await ServeAxonAsync(session, ip, axon.Port, cancellationToken).ConfigureAwait(false);
        if (ip.Equals(LoopbackAlias))
        {
            await error.WriteLineAsync($"miner: serving on loopback {axonIp} (the chain refuses the axon ip 127.0.0.1)").ConfigureAwait(false);
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"miner ready uid={session.Uid} kind={Name(kind)} axon={axonIp}:{axon.Port}")).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        Task selling = coldkey is null ? Task.CompletedTask : EmissionSeller.RunAsync(session, coldkey, sellEveryBlocks, error, cancellationToken);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // SIGINT/SIGTERM: stop serving and exit 0.
        }

        await selling.ConfigureAwait(false);

        await axon.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await error.WriteLineAsync($"miner uid={session.Uid} stopped").ConfigureAwait(false);
        return 0;
    }

    /// <summary>The kind as the command line spells it.</summary>
    public static string Name(MinerKind kind) => kind.ToString().ToLowerInvariant();

    private static ModelAnswerer Train(NeuronSettings settings, MinerKind kind, TextWriter error)
    {
        Stopwatch clock = Stopwatch.StartNew();
        IReadOnlyList<SpamMessage> training = CorpusSplit.Training(settings.LoadCorpus());
        ModelAnswerer model = kind == MinerKind.Trained ? ModelAnswerer.Trained(training) : ModelAnswerer.Weak(training);
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"miner {Name(kind)}: naive Bayes on {training.Count} training messages, {model.Model.VocabularySize} tokens, {clock.ElapsedMilliseconds} ms"));
        return model;
    }

    private static async Task ServeAxonAsync(ChainSession session, IPAddress ip, int port, CancellationToken cancellationToken)
    {
        byte[] octets = ip.GetAddressBytes();
        UInt128 ipNumber = ((UInt128)octets[0] << 24) | ((UInt128)octets[1] << 16) | ((UInt128)octets[2] << 8) | octets[3];
        ExtrinsicReceipt receipt;
        try
        {
            receipt = await session.Client.ServeAxonAsync(session.Hotkey, session.Netuid, (uint)SdkVersion.AsInt, ipNumber, (ushort)port, 4, false, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ChainModuleError or ExtrinsicStatusException or JsonRpcException or JsonRpcConnectionException)
        {
            throw new SubnetException($"serve_axon failed: {ex.Message}", ex);
        }

        if (!receipt.Success)
        {
            throw new SubnetException($"serve_axon failed: {receipt.Error?.Message ?? "the extrinsic failed"}");
        }
    }
}
