using System.CommandLine;
using System.Globalization;
using Bittensor.Cli.Chain;
using Bittensor.Cli.Infrastructure;
using Bittensor.Core.FixedPoint;
using Bittensor.Core.Primitives;
using Bittensor.Sdk.Chain;
using Bittensor.Sdk.Chain.Types;

namespace Bittensor.Cli.Subnets;

/// <summary><c>subnets metagraph</c> and <c>subnets hyperparameters</c>: read-only views of one subnet.</summary>
internal static class SubnetsMetagraphCommand
{
    public static Command Create(CliContext context)
    {
        ChainCommand command = new(context, "metagraph", "Show a subnet's neurons: stake, incentive, dividends, emission, validator permit, axon.");
        Option<ushort> netuid = command.Add(ChainWallet.Netuid());
        return command.Run(async run =>
        {
            ushort id = run.Get(netuid);
            SubtensorClient client = await run.ClientAsync().ConfigureAwait(false);
            H256 head = await client.GetBlockHashAsync(null, run.Token).ConfigureAwait(false);
            uint block = (await client.GetHeaderAsync(head, run.Token).ConfigureAwait(false)).Number;
            ChainWallet.RequireSubnet(await client.SubnetExistsAsync(id, head, run.Token).ConfigureAwait(false), id);
            IReadOnlyList<NeuronInfoLite> neurons = await client.GetNeuronsLiteAsync(id, head, run.Token).ConfigureAwait(false);
            return run.Done(
                w =>
                {
                    w.WriteNumber("netuid", id);
                    w.WriteNumber("block", block);
                    WriteNeurons(w, neurons);
                },
                NeuronTable($"Metagraph of subnet {id} at block {block}", neurons));
        });
    }

    /// <summary>The <c>neurons</c> array of the metagraph JSON (uid, keys, stake, incentive, dividends, emission, permit, axon).</summary>
    internal static void WriteNeurons(System.Text.Json.Utf8JsonWriter w, IReadOnlyList<NeuronInfoLite> neurons)
    {
        w.WriteStartArray("neurons");
        foreach (NeuronInfoLite n in neurons)
        {
            w.WriteStartObject();
            w.WriteNumber("uid", n.Uid);
            w.WriteString("hotkey", n.Hotkey.ToSs58());
            w.WriteString("coldkey", n.Coldkey.ToSs58());
            w.WriteNumber("stake", n.TotalStake / (decimal)Balance.RaoPerTao);
            w.WriteNumber("stake_rao", n.TotalStake);
            w.WriteNumber("incentive", Ratio(n.Incentive));
            w.WriteNumber("dividends", Ratio(n.Dividends));
            w.WriteNumber("emission", n.Emission / (decimal)Balance.RaoPerTao);
            w.WriteNumber("emission_rao", n.Emission);
            w.WriteBoolean("validator_permit", n.ValidatorPermit);
            w.WriteStartObject("axon");
            w.WriteString("ip", n.Axon.IpAddress);
            w.WriteNumber("port", n.Axon.Port);
            w.WriteNumber("ip_type", n.Axon.IpType);
            w.WriteNumber("version", n.Axon.Version);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>The human metagraph table.</summary>
    internal static TextTable NeuronTable(string title, IReadOnlyList<NeuronInfoLite> neurons)
    {
        TextTable table = new(title, "UID", "Stake", "Incentive", "Dividends", "Emission", "VPermit", "Hotkey", "Coldkey", "Axon");
        foreach (NeuronInfoLite n in neurons)
        {
            table.Add(
                $"{n.Uid}",
                new Balance(n.TotalStake).ToTaoString(Balance.AlphaSymbol),
                Ratio(n.Incentive).ToString("0.00000", CultureInfo.InvariantCulture),
                Ratio(n.Dividends).ToString("0.00000", CultureInfo.InvariantCulture),
                new Balance(n.Emission).ToTaoString(Balance.AlphaSymbol),
                n.ValidatorPermit ? "*" : string.Empty,
                n.Hotkey.ToSs58(),
                n.Coldkey.ToSs58(),
                $"{n.Axon.IpAddress}:{n.Axon.Port}");
        }

        return table;
    }

    /// <summary>
    /// <c>subnets hyperparameters</c>, and <c>sudo get</c> (the same table under btcli's sudo group): the runtime API's
    /// fields in declaration order, snake_cased as btcli prints them.
    /// </summary>
    public static Command Hyperparameters(CliContext context, string name = "hyperparameters", params string[] aliases)
    {
        ChainCommand command = new ChainCommand(context, name, "Show a subnet's hyperparameters.").Alias(aliases);
        Option<ushort> netuid = command.Add(ChainWallet.Netuid());
        return command.Run(async run =>
        {
            ushort id = run.Get(netuid);
            SubtensorClient client = await run.ClientAsync().ConfigureAwait(false);
            IReadOnlyList<(string Name, object? Value)> fields = await HyperparameterFieldsAsync(client, id, null, run.Token).ConfigureAwait(false);
            TextTable table = new($"Subnet {id} hyperparameters", "Hyperparameter", "Value");
            foreach ((string field, object? value) in fields)
            {
                table.Add(field, Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);
            }

            return run.Done(
                w =>
                {
                    w.WriteNumber("netuid", id);
                    w.WriteStartObject("hyperparameters");
                    foreach ((string field, object? value) in fields)
                    {
                        switch (value)
                        {
                            case bool b:
                                w.WriteBoolean(field, b);
                                break;
                            case ulong u:
                                w.WriteNumber(field, u);
                                break;
                            case long l:
                                w.WriteNumber(field, l);
                                break;
                            case int i:
                                w.WriteNumber(field, i);
                                break;
                            case I32F32 f:
                                // substrate-fixed's exact decimal text is a JSON number (alpha_sigmoid_steepness).
                                w.WritePropertyName(field);
                                w.WriteRawValue(f.ToString());
                                break;
                            default:
                                w.WriteString(field, Convert.ToString(value, CultureInfo.InvariantCulture));
                                break;
                        }
                    }

                    w.WriteEndObject();
                },
                table);
        });
    }

    /// <summary>The hyperparameters of a subnet by btcli name (one clear line when the subnet does not exist).</summary>
    internal static async Task<IReadOnlyList<(string Name, object? Value)>> HyperparameterFieldsAsync(SubtensorClient client, ushort netuid, H256? at, CancellationToken ct)
    {
        SubnetHyperparameters hp = await client.GetSubnetHyperparametersAsync(netuid, at, ct).ConfigureAwait(false)
            ?? throw new CliException($"subnet {netuid} does not exist");
        return [.. typeof(SubnetHyperparameters).GetProperties().Select(p => (Snake(p.Name), p.GetValue(hp)))];
    }

    internal static double Ratio(ulong u16) => Math.Round(u16 / 65535.0, 6);

    private static string Snake(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
