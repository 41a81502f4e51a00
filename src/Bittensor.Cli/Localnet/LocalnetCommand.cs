using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Bittensor.Cli.Infrastructure;
using Bittensor.Sdk.Chain.Rpc;

namespace Bittensor.Cli.Localnet;

/// <summary>
/// <c>btcli localnet up|status|down</c>: a whole subnet marketplace on this machine (a dev node, an owner, validators
/// and miners as processes), its state, and stopping it.
/// </summary>
public static class LocalnetCommand
{
    public static Command Create(CliContext context)
    {
        Command localnet = new("localnet", "Run a local dev chain with a working subnet (validators and miners) on this machine.");
        localnet.Subcommands.Add(Up(context));
        localnet.Subcommands.Add(Status(context));
        localnet.Subcommands.Add(Down(context));
        return localnet;
    }

    private static Command Up(CliContext context)
    {
        OutputSettings output = new();
        Option<bool> tmp = new("--tmp") { Description = "Keep chain, wallets and logs in a temporary folder deleted at the end (default: ~/.bittensor/localnet or BT_LOCALNET_HOME, reused)." };
        Option<int?> epochs = new("--epochs") { Description = "Run this many epochs, then print a summary, write the chart and stop (default: until Ctrl-C)." };
        Option<string> chart = new("--chart") { Description = "Where --epochs writes the emission chart (.svg or .png; default emission.svg in the localnet folder)." };
        Option<int?> tempo = new("--tempo") { Description = "Blocks per epoch on the dev subnet (default 20; blocks are 250 ms)." };
        Option<string> subtensor = new("--subtensor-bin") { Description = "The subtensor node executable or .dll (default: BT_LOCALNET_SUBTENSOR, next to btcli, the build's artifacts)." };
        Option<string> subnet = new("--subnet-bin") { Description = "The spam-subnet executable or .dll (default: BT_LOCALNET_SUBNET, next to btcli, the build's artifacts)." };
        Option<string> data = new("--data") { Description = "The subnet's data folder, passed to every neuron as --data (default: the subnet's own default)." };
        Command command = new("up", "Start a dev node, create and fund wallets, create a subnet, register and start validators and miners, and show the live table.");
        output.AddTo(command);
        command.Options.Add(tmp);
        command.Options.Add(epochs);
        command.Options.Add(chart);
        command.Options.Add(tempo);
        command.Options.Add(subtensor);
        command.Options.Add(subnet);
        command.Options.Add(data);
        command.SetAction(async (parse, ct) =>
        {
            CliSession session = output.Bind(context, parse);
            int? wanted = parse.GetValue(epochs);
            if (wanted is < 1)
            {
                throw new CliException("--epochs: must be at least 1");
            }

            string? chartPath = parse.GetValue(chart) is { } c ? Sdk.Wallets.WalletPaths.ExpandHome(c) : null;
            if (chartPath is not null && !chartPath.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) && !chartPath.EndsWith(".png", StringComparison.OrdinalIgnoreCase))
            {
                throw new CliException($"--chart: {chartPath}: the file name must end in .svg or .png");
            }

            LocalnetSettings settings = new();
            if (parse.GetValue(tempo) is int t)
            {
                settings = t is >= 2 and <= 1000 ? settings with { Tempo = (ushort)t } : throw new CliException("--tempo: must be 2-1000 blocks");
            }

            LocalnetUpOptions options = new()
            {
                Tmp = parse.GetValue(tmp),
                Epochs = wanted,
                Chart = chartPath,
                SubtensorBin = parse.GetValue(subtensor),
                SubnetBin = parse.GetValue(subnet),
                Data = parse.GetValue(data) is { } d ? Sdk.Wallets.WalletPaths.ExpandHome(d) : null,
                Settings = settings,
            };
            using LocalnetUp up = new(session, options);
            return await up.RunAsync(ct).ConfigureAwait(false);
        });
        return command;
    }

    private static Command Status(CliContext context)
    {
        OutputSettings output = new();
        Command command = new("status", "Show the running localnet: its processes (alive or not), endpoint, netuid and chain block.");
        output.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            CliSession session = output.Bind(context, parse);
            string file = Path.Combine(LocalnetPaths.ResolveHome(session.Environment), LocalnetState.FileName);
            LocalnetState? state = LocalnetState.Load(file);
            if (state is null)
            {
                if (session.Json)
                {
                    session.WriteJson(w => w.WriteBoolean("running", false));
                }
                else
                {
                    context.Output.WriteLine("No localnet is running (no state file at " + file + ").");
                }

                return ExitCodes.Success;
            }

            uint? block = await ReadBlockAsync(state.Endpoint, ct).ConfigureAwait(false);
            List<(LocalnetProcessRecord Record, bool Alive)> processes = [.. state.Processes.Select(p => (p, LocalnetState.IsAlive(p)))];
            if (session.Json)
            {
                session.WriteJson(w =>
                {
                    w.WriteBoolean("running", processes.Any(p => p.Alive));
                    w.WriteNumber("pid", state.OwnerPid);
                    w.WriteBoolean("up_alive", LocalnetState.IsAlive(state.OwnerPid, state.OwnerStartedUnixMs));
                    w.WriteString("endpoint", state.Endpoint);
                    if (state.Netuid is ushort n)
                    {
                        w.WriteNumber("netuid", n);
                    }
                    else
                    {
                        w.WriteNull("netuid");
                    }

                    if (block is uint b)
                    {
                        w.WriteNumber("block", b);
                    }
                    else
                    {
                        w.WriteNull("block");
                    }

                    w.WriteStartArray("processes");
                    foreach ((LocalnetProcessRecord r, bool alive) in processes)
                    {
                        w.WriteStartObject();
                        w.WriteString("name", r.Name);
                        w.WriteNumber("pid", r.Pid);
                        w.WriteBoolean("alive", alive);
                        w.WriteString("log", r.Log);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                });
                return ExitCodes.Success;
            }

            context.Output.WriteLine($"localnet: {state.Endpoint ?? "(node not listening yet)"}, subnet {state.Netuid?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}, block {block?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unreachable"}");
            Chain.TextTable table = new("Processes", "Name", "PID", "State", "Log");
            foreach ((LocalnetProcessRecord r, bool alive) in processes)
            {
                table.Add(r.Name, r.Pid.ToString(System.Globalization.CultureInfo.InvariantCulture), alive ? "running" : "stopped", r.Log);
            }

            table.Write(context.Output);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Down(CliContext context)
    {
        OutputSettings output = new();
        Command command = new("down", "Stop every process of the running localnet (SIGTERM, then kill) and remove its state file.");
        output.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            CliSession session = output.Bind(context, parse);
            string file = Path.Combine(LocalnetPaths.ResolveHome(session.Environment), LocalnetState.FileName);
            LocalnetState? state = LocalnetState.Load(file);
            if (state is null)
            {
                session.Info("No localnet is running.");
                if (session.Json)
                {
                    session.WriteJson(w => w.WriteNumber("stopped", 0));
                }

                return ExitCodes.Success;
            }

            // The up process first: it stops its children itself (neurons, then the node) and removes the state file.
            List<LocalnetProcessRecord> running = [.. state.Processes.Where(LocalnetState.IsAlive)];
            LocalnetProcessRecord owner = new("btcli localnet up", state.OwnerPid, state.OwnerStartedUnixMs, string.Empty);
            if (await LocalnetShutdown.StopAsync(owner, TimeSpan.FromSeconds(30), ct).ConfigureAwait(false))
            {
                session.Info($"stopped btcli localnet up (pid {state.OwnerPid})");
            }

            // Whatever is left (up was killed, or did not finish in time): neurons before the node.
            foreach (LocalnetProcessRecord record in state.Processes.Reverse())
            {
                if (await LocalnetShutdown.StopAsync(record, TimeSpan.FromSeconds(8), ct).ConfigureAwait(false))
                {
                    session.Info($"stopped {record.Name} (pid {record.Pid})");
                }
            }

            File.Delete(file);
            int stopped = running.Count(p => !LocalnetState.IsAlive(p));
            if (session.Json)
            {
                session.WriteJson(w => w.WriteNumber("stopped", stopped));
            }
            else
            {
                session.Info($"localnet stopped ({stopped} processes).");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<uint?> ReadBlockAsync(string? endpoint, CancellationToken ct)
    {
        if (endpoint is null)
        {
            return null;
        }

        try
        {
            // One chain_getHeader, not a SubtensorClient: status must answer quickly even on a busy machine, and the client's
            // metadata download is most of its connect time.
            using CancellationTokenSource timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(15));
            await using JsonRpcWebSocketClient rpc = new(new Uri(endpoint));
            await rpc.ConnectAsync(timeout.Token).ConfigureAwait(false);
            JsonElement header = await rpc.RequestAsync("chain_getHeader", null, TimeSpan.FromSeconds(15), timeout.Token).ConfigureAwait(false);
            string? number = header.ValueKind == JsonValueKind.Object && header.TryGetProperty("number", out JsonElement n) ? n.GetString() : null;
            return number is { Length: > 2 } && number.StartsWith("0x", StringComparison.Ordinal)
                && uint.TryParse(number.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out uint block)
                ? block
                : null;
        }
        catch (Exception ex) when (ex is JsonRpcConnectionException or JsonRpcException or System.Net.WebSockets.WebSocketException or OperationCanceledException or IOException)
        {
            return null;
        }
    }
}
