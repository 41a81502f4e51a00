using System.CommandLine;
using System.Text;
using Bittensor.Cli.Chain;
using Bittensor.Cli.Infrastructure;
using Bittensor.Core.Metadata;
using Bittensor.Core.Primitives;
using Bittensor.Sdk.Chain;
using Bittensor.Sdk.Chain.Types;

namespace Bittensor.Cli.Subnets;

/// <summary>
/// <c>subnets show</c> (one subnet: identity, owner, pool and price, then its neurons; btcli subnets.py <c>show</c>)
/// and <c>subnets price</c> (the alpha price over a window of past blocks; btcli subnets/price.py), read through
/// <c>SubnetInfoRuntimeApi.get_dynamic_info</c> and <c>SwapRuntimeApi.current_alpha_price</c>.
/// </summary>
internal static class SubnetsShowCommand
{
    /// <summary>Finney's target block time, which btcli uses to turn hours into blocks.</summary>
    private const uint BlocksPerHour = 300;

    public static Command Show(CliContext context)
    {
        ChainCommand command = new(context, "show", "Show one subnet: name, owner, pool, price and its neurons.");
        Option<ushort> netuid = command.Add(ChainWallet.Netuid());
        return command.Run(async run =>
        {
            ushort id = run.Get(netuid);
            SubtensorClient client = await run.ClientAsync().ConfigureAwait(false);
            H256 head = await client.GetBlockHashAsync(null, run.Token).ConfigureAwait(false);
            uint block = (await client.GetHeaderAsync(head, run.Token).ConfigureAwait(false)).Number;
            ScaleValue info = await DynamicInfoAsync(client, id, head, run.Token).ConfigureAwait(false);
            ulong price = await PriceAsync(client, id, head, run.Token).ConfigureAwait(false);
            IReadOnlyList<NeuronInfoLite> neurons = await client.GetNeuronsLiteAsync(id, head, run.Token).ConfigureAwait(false);
            string name = Text(info["subnet_name"]);
            string symbol = Text(info["token_symbol"]);
            if (run.Session.Json)
            {
                return run.Done(w =>
                {
                    w.WriteNumber("netuid", id);
                    w.WriteNumber("block", block);
                    w.WriteString("name", name);
                    w.WriteString("symbol", symbol);
                    w.WriteString("owner_coldkey", new AccountId32(info["owner_coldkey"].ToBytes()).ToSs58());
                    w.WriteString("owner_hotkey", new AccountId32(info["owner_hotkey"].ToBytes()).ToSs58());
                    w.WriteNumber("tempo", info["tempo"].ToUInt64());
                    w.WriteNumber("registered_at", info["network_registered_at"].ToUInt64());
                    w.WriteNumber("price_rao", price);
                    w.WriteNumber("tao_in_rao", info["tao_in"].ToUInt64());
                    w.WriteNumber("alpha_in_rao", info["alpha_in"].ToUInt64());
                    w.WriteNumber("alpha_out_rao", info["alpha_out"].ToUInt64());
                    w.WriteNumber("emission_rao", info["emission"].ToUInt64());
                    SubnetsMetagraphCommand.WriteNeurons(w, neurons);
                });
            }

            TextTable summary = new($"Subnet {id}{(name.Length > 0 ? $": {name}" : string.Empty)} at block {block}", "Field", "Value");
            summary.Add("Symbol", symbol);
            summary.Add("Owner coldkey", new AccountId32(info["owner_coldkey"].ToBytes()).ToSs58());
            summary.Add("Owner hotkey", new AccountId32(info["owner_hotkey"].ToBytes()).ToSs58());
            summary.Add("Tempo", $"{info["tempo"].ToUInt64()}");
            summary.Add("Registered at block", $"{info["network_registered_at"].ToUInt64()}");
            summary.Add("Price", $"{new Balance(price)}/{Balance.AlphaSymbol}");
            summary.Add("TAO in pool", new Balance(info["tao_in"].ToUInt64()).ToString());
            summary.Add("Alpha in pool", new Balance(info["alpha_in"].ToUInt64()).ToTaoString(Balance.AlphaSymbol));
            summary.Add("Alpha outstanding", new Balance(info["alpha_out"].ToUInt64()).ToTaoString(Balance.AlphaSymbol));
            summary.Write(run.Output);
            run.Output.WriteLine();
            SubnetsMetagraphCommand.NeuronTable($"Neurons of subnet {id}", neurons).Write(run.Output);
            return ExitCodes.Success;
        });
    }

    public static Command Price(CliContext context)
    {
        ChainCommand command = new(context, "price", "Show subnets' alpha price now and its high, low and change over a window of past blocks.");
        Option<string> netuids = command.Add(new Option<string>("--netuids", "--netuid") { Description = "Comma-separated netuids (default: every subnet)." });
        Option<uint> hours = command.Add(new Option<uint>("--interval-hours", "--interval") { Description = "Window in hours (300 blocks an hour; default 24).", DefaultValueFactory = _ => 24 });
        Option<uint> points = command.Add(new Option<uint>("--points") { Description = "Samples across the window (default 12).", DefaultValueFactory = _ => 12 });
        return command.Run(async run =>
        {
            uint samples = run.Get(points);
            if (samples is < 2 or > 500)
            {
                throw new CliException("--points: between 2 and 500");
            }

            if (run.Get(hours) == 0)
            {
                throw new CliException("--interval-hours: must be greater than zero");
            }

            SubtensorClient client = await run.ClientAsync().ConfigureAwait(false);
            H256 head = await client.GetBlockHashAsync(null, run.Token).ConfigureAwait(false);
            uint block = (await client.GetHeaderAsync(head, run.Token).ConfigureAwait(false)).Number;
            IReadOnlyList<ushort> all = await client.GetAllSubnetNetuidsAsync(head, run.Token).ConfigureAwait(false);
            ushort[] chosen = run.Get(netuids) is { } text ? ChainCommandOptions.ParseNetuids(text, "--netuids") : [.. all];
            foreach (ushort n in chosen)
            {
                ChainWallet.RequireSubnet(all.Contains(n), n);
            }

            // Evenly spaced blocks from the window's start (clamped to genesis) to the head.
            uint span = Math.Min(block, checked(run.Get(hours) * BlocksPerHour));
            uint[] at = [.. Enumerable.Range(0, (int)samples).Select(i => block - span + (uint)((ulong)span * (ulong)i / (samples - 1))).Distinct()];
            Dictionary<uint, H256> hashes = [];
            foreach (uint b in at)
            {
                hashes[b] = await client.GetBlockHashAsync(b, run.Token).ConfigureAwait(false);
            }

            List<(ushort Netuid, List<(uint Block, ulong Price)> Series)> rows = [];
            foreach (ushort n in chosen)
            {
                List<(uint Block, ulong Price)> series = [];
                foreach (uint b in at)
                {
                    // A subnet registered inside the window has no price before its registration block.
                    if (await client.SubnetExistsAsync(n, hashes[b], run.Token).ConfigureAwait(false))
                    {
                        series.Add((b, await PriceAsync(client, n, hashes[b], run.Token).ConfigureAwait(false)));
                    }
                }

                rows.Add((n, series));
            }

            TextTable table = new($"Alpha prices at block {block} over the last {span} blocks", "Netuid", "Price", "High", "Low", "Change");
            foreach ((ushort n, List<(uint Block, ulong Price)> series) in rows)
            {
                table.Add($"{n}", Tao(series[^1].Price), Tao(series.Max(s => s.Price)), Tao(series.Min(s => s.Price)), Change(series));
            }

            return run.Done(
                w =>
                {
                    w.WriteNumber("block", block);
                    w.WriteNumber("window_blocks", span);
                    w.WriteStartArray("subnets");
                    foreach ((ushort n, List<(uint Block, ulong Price)> series) in rows)
                    {
                        w.WriteStartObject();
                        w.WriteNumber("netuid", n);
                        w.WriteNumber("price_rao", series[^1].Price);
                        w.WriteNumber("high_rao", series.Max(s => s.Price));
                        w.WriteNumber("low_rao", series.Min(s => s.Price));
                        w.WriteString("change_percent", Change(series));
                        w.WriteStartArray("samples");
                        foreach ((uint b, ulong p) in series)
                        {
                            w.WriteStartObject();
                            w.WriteNumber("block", b);
                            w.WriteNumber("price_rao", p);
                            w.WriteEndObject();
                        }

                        w.WriteEndArray();
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                },
                table);
        });
    }

    /// <summary>The subnet's DynamicInfo; a missing subnet is one clear line.</summary>
    internal static async Task<ScaleValue> DynamicInfoAsync(SubtensorClient client, ushort netuid, H256? at, CancellationToken ct)
    {
        ScaleValue result = await client.CallRuntimeApiAsync("SubnetInfoRuntimeApi", "get_dynamic_info", [ScaleValue.U16(netuid)], at, ct).ConfigureAwait(false);
        return result is VariantValue { Name: "Some" } some ? some.Single : throw new CliException($"subnet {netuid} does not exist");
    }

    /// <summary>TAO rao per one alpha (the pool's current price · 10⁹).</summary>
    internal static async Task<ulong> PriceAsync(SubtensorClient client, ushort netuid, H256? at, CancellationToken ct) =>
        (await client.CallRuntimeApiAsync("SwapRuntimeApi", "current_alpha_price", [ScaleValue.U16(netuid)], at, ct).ConfigureAwait(false)).ToUInt64();

    private static string Tao(ulong rao) => $"{new Balance(rao)}/{Balance.AlphaSymbol}";

    private static string Change(List<(uint Block, ulong Price)> series)
    {
        ulong first = series[0].Price;
        ulong last = series[^1].Price;
        if (first == 0)
        {
            return "n/a";
        }

        // Basis points in integers, printed with two decimals (no floating point in a displayed money figure).
        long bp = (long)(((Int128)last - first) * 10_000 / first);
        return $"{(bp < 0 ? "-" : "+")}{Math.Abs(bp) / 100}.{Math.Abs(bp) % 100:00}%";
    }

    private static string Text(ScaleValue bytes) =>
        bytes is SequenceValue seq ? Encoding.UTF8.GetString([.. seq.Items.Select(b => (byte)b.ToUInt64())]) : Encoding.UTF8.GetString(bytes.ToBytes());
}
