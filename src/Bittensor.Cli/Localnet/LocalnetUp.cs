using System.Globalization;
using System.Text.RegularExpressions;
using Bittensor.Cli.Infrastructure;
using Bittensor.Core.Primitives;
using Bittensor.Sdk.Chain;
using Bittensor.Sdk.Chain.Rpc;
using Bittensor.Sdk.Chain.Types;

namespace Bittensor.Cli.Localnet;

/// <summary>
/// <c>btcli localnet up</c>: starts the dev node, sets up the subnet, starts its neurons as processes, shows the live
/// table, and with <c>--epochs</c> stops after N epochs with a summary and a chart. Whatever happens (end, Ctrl-C,
/// SIGTERM, a child crashing, an error) every child is stopped and the state file removed.
/// </summary>
public sealed partial class LocalnetUp(CliSession session, LocalnetUpOptions options) : IDisposable
{
    /// <summary>The loopback address miners serve on and announce.</summary>
    public const string AxonIp = "127.0.0.2";

    private readonly List<ChildProcess> _children = [];
    private readonly CancellationTokenSource _crash = new();
    private LocalnetPaths _paths = null!;
    private LocalnetState? _state;
    private ChildProcess? _crashed;

    private TextWriter Progress => session.Json ? session.Context.Error : session.Context.Output;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        string home = LocalnetPaths.ResolveHome(session.Environment);
        Directory.CreateDirectory(home);
        LocalnetState? previous = LocalnetState.Load(Path.Combine(home, LocalnetState.FileName));
        if (previous is not null && (LocalnetState.IsAlive(previous.OwnerPid, previous.OwnerStartedUnixMs) || previous.Processes.Any(LocalnetState.IsAlive)))
        {
            throw new CliException($"a localnet is already running (state in {Path.Combine(home, LocalnetState.FileName)}); stop it with `btcli localnet down`");
        }

        string root = options.Tmp ? Directory.CreateTempSubdirectory("bittensor-localnet-").FullName : home;
        _paths = new LocalnetPaths(home, root);
        string chart = options.Chart ?? _paths.DefaultChart;
        Executable node = LocalnetBinaries.Find(LocalnetBinaries.Node, options.SubtensorBin, session.Environment.GetVariable, AppContext.BaseDirectory);
        Executable subnet = LocalnetBinaries.Find(LocalnetBinaries.Subnet, options.SubnetBin, session.Environment.GetVariable, AppContext.BaseDirectory);

        using CancellationTokenSource linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _crash.Token);
        CancellationToken ct = linked.Token;
        try
        {
            return await RunInnerAsync(node, subnet, chart, ct).ConfigureAwait(false);
        }
        catch (Exception) when (_crashed is not null)
        {
            // Whatever the crash broke on the way (a cancelled wait, a lost connection), the crash is the story.
            ReportCrash(_crashed);
            return ExitCodes.Failure;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Progress.WriteLine("localnet: interrupted; stopping");
            return options.Epochs is null ? ExitCodes.Success : ExitCodes.Failure;
        }
        catch (Exception ex) when (ex is JsonRpcConnectionException or JsonRpcException or IOException)
        {
            throw new CliException($"localnet: lost the node: {ex.Message}", ex);
        }
        finally
        {
            await StopAllAsync().ConfigureAwait(false);
            if (options.Tmp)
            {
                TryDelete(root);
            }
        }
    }

    private async Task<int> RunInnerAsync(Executable nodeExe, Executable subnetExe, string chart, CancellationToken ct)
    {
        // 1. The node.
        List<string> nodeArgs = ["--dev", "--base-path", _paths.Chain, "--rpc-port", "0", "--no-prometheus", "--name", "localnet"];
        Say($"starting the dev node ({nodeExe}), data in {_paths.Chain}");
        ChildProcess node = Start("node", nodeExe, nodeArgs, NodeReady());
        Match listening = await node.WaitReadyAsync(options.ReadyTimeout, ct).ConfigureAwait(false);
        string endpoint = listening.Groups[1].Value;
        SaveState(endpoint, null);
        Say($"node listening on {endpoint}");

        await using SubtensorClient client = await SubtensorClient.ConnectAsync(new Uri(endpoint), new SubtensorClientOptions { WatchRuntimeUpgrades = false }, ct).ConfigureAwait(false);
        uint startBlock = await client.GetCurrentBlockAsync(ct).ConfigureAwait(false);
        IssuanceLedger ledger = await IssuanceLedger.OpenAsync(client, startBlock, ct).ConfigureAwait(false);

        // 2. Wallets and the subnet.
        IReadOnlyDictionary<string, Sdk.Wallets.Wallet> wallets = DevWallets.Ensure(_paths.Wallets, LocalnetRole.Roster);
        session.Context.Error.WriteLine($"warning: the dev wallets in {_paths.Wallets} are UNENCRYPTED (see {DevWallets.MarkerFile}); use them on this local chain only");
        LocalnetChain chain = new(client);
        LocalnetSetup setup = new(chain, options.Settings, Say);
        (ushort netuid, IReadOnlyDictionary<string, ushort> uids) = await setup.RunAsync(wallets, ct).ConfigureAwait(false);
        SaveState(endpoint, netuid);
        Dictionary<ushort, LocalnetRole> roles = LocalnetRole.Roster.ToDictionary(r => uids[r.Wallet]);

        // 3. The neurons: miners first, so the validators' first scores already see every miner serving (a validator
        // started earlier would rank the miner that trains fastest, the lazy one, first).
        ushort trainedUid = uids["miner-trained"];
        int seed = 1;
        foreach (string role in new[] { LocalnetRole.Miner, LocalnetRole.Validator })
        {
            List<ChildProcess> group = [];
            foreach (LocalnetRole neuron in LocalnetRole.Roster.Where(r => r.Role == role))
            {
                group.Add(Start(neuron.Wallet, subnetExe, NeuronArguments(neuron, endpoint, netuid, trainedUid, seed++), NeuronReady()));
            }

            SaveState(endpoint, netuid);
            Say($"started {group.Count} {role}s; waiting for them to report ready (logs in {_paths.Logs})");
            foreach (ChildProcess child in group)
            {
                Match ready = await child.WaitReadyAsync(options.ReadyTimeout, ct).ConfigureAwait(false);
                Say($"{child.Name}: {ready.Value}");
            }
        }

        // The run's epochs start once every validator has set weights with all miners up.
        uint readyBlock = await client.GetCurrentBlockAsync(ct).ConfigureAwait(false);
        await WaitForWeightsAsync(client, netuid, [.. LocalnetRole.Roster.Where(r => r.Role == LocalnetRole.Validator).Select(r => uids[r.Wallet])], readyBlock, ct).ConfigureAwait(false);

        // 4. Watch epochs.
        uint runStart = await client.GetCurrentBlockAsync(ct).ConfigureAwait(false);
        await ledger.CatchUpAsync(runStart, ct).ConfigureAwait(false);
        IReadOnlyList<NeuronInfoLite> before = await client.GetNeuronsLiteAsync(netuid, await client.GetBlockHashAsync(runStart, ct).ConfigureAwait(false), ct).ConfigureAwait(false);
        LocalnetMonitor monitor = new(client, netuid, ledger);
        bool live = !session.Json && !session.Quiet && !Console.IsOutputRedirected && ReferenceEquals(session.Context.Output, Console.Out);
        int shownEpochs = -1;
        uint end = await monitor.RunAsync(options.Epochs, m =>
        {
            if (live)
            {
                // Redraw in place on a terminal.
                session.Context.Output.Write("\u001b[H\u001b[J");
                LocalnetTable.Write(session.Context.Output, netuid, m.Block, m.Samples.Count, options.Epochs, m.Neurons, roles, m.EmissionTotals());
                session.Context.Output.WriteLine("Ctrl-C stops the localnet.");
            }
            else if (m.Samples.Count != shownEpochs && !session.Quiet)
            {
                shownEpochs = m.Samples.Count;
                LocalnetTable.Write(Progress, netuid, m.Block, m.Samples.Count, options.Epochs, m.Neurons, roles, m.EmissionTotals());
            }
        }, ct).ConfigureAwait(false);

        // 5. The summary.
        IssuanceReport issuance = await ledger.CloseAsync(end, ct).ConfigureAwait(false);
        IReadOnlyDictionary<ushort, ulong> emitted = monitor.EmissionTotals();
        ushort ownerUid = uids["owner"];
        ulong ownerBefore = before.FirstOrDefault(n => n.Uid == ownerUid)?.TotalStake ?? 0;
        ulong ownerAfter = monitor.Neurons.FirstOrDefault(n => n.Uid == ownerUid)?.TotalStake ?? 0;
        List<NeuronResult> results = [];
        foreach (NeuronInfoLite n in monitor.Neurons.OrderBy(n => n.Uid))
        {
            if (roles.TryGetValue(n.Uid, out LocalnetRole? role) && role.Role != LocalnetRole.Owner)
            {
                results.Add(new NeuronResult(n.Uid, n.Hotkey.ToSs58(), role.Role, role.Kind, n.IncentiveRatio, n.DividendsRatio, emitted.GetValueOrDefault(n.Uid), n.TotalStake));
            }
        }

        List<(ushort, string)> miners = [.. results.Where(r => r.Role == LocalnetRole.Miner).Select(r => (r.Uid, r.Kind))];
        EmissionChart.Write(chart, netuid, runStart, monitor.Samples, miners);
        LocalnetSummary summary = new(netuid, end - ledger.StartBlock, monitor.Samples.Count, Path.GetFullPath(chart), issuance, DevWallets.Hotkey(wallets["owner"]).ToSs58(), ownerAfter > ownerBefore ? ownerAfter - ownerBefore : 0, results);
        if (!session.Quiet)
        {
            WriteHumanSummary(Progress, summary);
        }

        if (session.Json)
        {
            session.Context.Output.WriteLine(summary.ToJson());
        }

        return ExitCodes.Success;
    }

    private async Task WaitForWeightsAsync(SubtensorClient client, ushort netuid, IReadOnlyList<ushort> validators, uint since, CancellationToken ct)
    {
        Say("waiting for every validator's first weights");
        using CancellationTokenSource limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(options.ReadyTimeout);
        try
        {
            while (true)
            {
                IReadOnlyList<NeuronInfoLite> neurons = await client.GetNeuronsLiteAsync(netuid, null, limit.Token).ConfigureAwait(false);
                if (validators.All(uid => neurons.Any(n => n.Uid == uid && n.LastUpdate > since)))
                {
                    return;
                }

                await Task.Delay(250, limit.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new CliException($"the validators set no weights within {options.ReadyTimeout.TotalSeconds:0} s; see their logs in {_paths.Logs}");
        }
    }

    private static void WriteHumanSummary(TextWriter output, LocalnetSummary s)
    {
        output.WriteLine($"localnet: {s.Epochs} epochs of subnet {s.Netuid} in {s.Blocks} blocks");
        foreach (NeuronResult n in s.Neurons)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  uid {n.Uid,2} {n.Role,-9} {n.Kind,-9} incentive {n.Incentive:0.0000}  dividends {n.Dividends:0.0000}  emission α{n.Emission / 1e9:0.000000}"));
        }

        output.WriteLine($"  owner {s.OwnerHotkey} earned α{s.OwnerEarned / 1e9:0.000000}");
        long delta = (long)s.Issuance.End - (long)s.Issuance.Start;
        long books = (long)s.Issuance.BlockEmissionTotal - (long)s.Issuance.Recycled;
        output.WriteLine($"  TotalIssuance {new Balance(s.Issuance.Start)} → {new Balance(s.Issuance.End)}: Δ {delta} rao = emitted {s.Issuance.BlockEmissionTotal} − recycled {s.Issuance.Recycled} = {books} rao{(delta == books ? " ✓" : " ✗ MISMATCH")}");
        output.WriteLine($"  chart: {s.Chart}");
    }

    private List<string> NeuronArguments(LocalnetRole role, string endpoint, ushort netuid, ushort trainedUid, int seed)
    {
        List<string> args = role.Role == LocalnetRole.Miner ? ["miner", "--kind", role.Kind] : ["validator"];
        if (role.Kind == "copier")
        {
            args.AddRange(["--copy-uid", trainedUid.ToString(CultureInfo.InvariantCulture)]);
        }

        args.AddRange(["--network", endpoint, "--netuid", netuid.ToString(CultureInfo.InvariantCulture), "--wallet-name", role.Wallet, "--wallet-path", _paths.Wallets, "--hotkey", LocalnetRole.Hotkey]);
        if (role.Role == LocalnetRole.Miner)
        {
            // serve_axon refuses exactly 127.0.0.1 (serving.rs is_valid_ip_address); any other 127/8 address is loopback too.
            args.AddRange(["--axon-ip", AxonIp, "--axon-port", "0"]);

            // Miners sell what each epoch pays them, as real miners do: kept, a miner's stake would outgrow a validator's
            // and take its permit (top-k by stake), and that validator's weights would then be refused.
            args.AddRange(["--sell-every-blocks", options.Settings.Tempo.ToString(CultureInfo.InvariantCulture)]);
        }
        else
        {
            args.AddRange(["--query-interval-blocks", options.Settings.QueryIntervalBlocks.ToString(CultureInfo.InvariantCulture), "--weights-interval-blocks", options.Settings.WeightsIntervalBlocks.ToString(CultureInfo.InvariantCulture)]);
        }

        if (options.Data is not null)
        {
            args.AddRange(["--data", options.Data]);
        }

        args.AddRange(["--seed", seed.ToString(CultureInfo.InvariantCulture)]);
        return args;
    }

    private ChildProcess Start(string name, Executable executable, IReadOnlyList<string> arguments, Regex ready)
    {
        ChildProcess child = ChildProcess.Start(name, executable, arguments, Path.Combine(_paths.Logs, name + ".log"), ready, _paths.Root);
        child.Crashed += (_, _) =>
        {
            _crashed ??= child;
            _crash.Cancel();
        };
        _children.Add(child);
        return child;
    }

    private void SaveState(string? endpoint, ushort? netuid)
    {
        using System.Diagnostics.Process self = System.Diagnostics.Process.GetCurrentProcess();
        _state = new LocalnetState(Environment.ProcessId, LocalnetState.StartTimeOf(self), _paths.Root, endpoint, netuid, [.. _children.Select(c => c.Record)]);
        _state.Save(_paths.StateFile);
    }

    /// <summary>Neurons first (they talk to the node), then the node; then the state file goes.</summary>
    private async Task StopAllAsync()
    {
        List<ChildProcess> neurons = [.. _children.Skip(1)];
        await Task.WhenAll(neurons.Select(c => c.StopAsync(TimeSpan.FromSeconds(3)))).ConfigureAwait(false);
        if (_children.Count > 0)
        {
            await _children[0].StopAsync(TimeSpan.FromSeconds(8)).ConfigureAwait(false);
        }

        foreach (ChildProcess child in _children)
        {
            await child.DisposeAsync().ConfigureAwait(false);
        }

        if (_state is not null && File.Exists(_paths.StateFile))
        {
            File.Delete(_paths.StateFile);
        }
    }

    public void Dispose() => _crash.Dispose();

    private void ReportCrash(ChildProcess child)
    {
        TextWriter error = session.Context.Error;
        error.WriteLine($"error: {child.Name} exited unexpectedly; stopping the localnet. Last lines of {child.LogPath}:");
        foreach (string line in child.Tail)
        {
            error.WriteLine($"  {line}");
        }
    }

    private void Say(string line)
    {
        if (!session.Quiet)
        {
            Progress.WriteLine($"localnet: {line}");
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; the OS cleans it.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }

    [GeneratedRegex(@"RPC listening on (ws://\S+)")]
    private static partial Regex NodeReady();

    [GeneratedRegex(@"(miner|validator) ready uid=\d+.*")]
    private static partial Regex NeuronReady();
}
