using System.CommandLine;
using System.Globalization;
using Bittensor.Cli.Chain;
using Bittensor.Cli.Infrastructure;
using Bittensor.Core.Primitives;
using Bittensor.Sdk.Chain;
using Bittensor.Sdk.Chain.Types;

namespace Bittensor.Cli.Subnets;

/// <summary><c>subnets metagraph</c> and <c>subnets hyperparameters</c>: read-only views of one subnet.</summary>
internal static class SubnetsMetagraphCommand
{
    public static Command Create(CliContext context)
    {
        ChainCommandOptions chain = new();
        Option<ushort> netuid = ChainWallet.Netuid();
        Command command = new("metagraph", "Show a subnet's neurons: stake, incentive, dividends, emission, validator permit, axon.");
        command.Aliases.Add("show");
        chain.AddTo(command);
        command.Options.Add(netuid);
        command.SetAction(async (parse, ct) =>
        {
            CliSession session = chain.Output.Bind(context, parse);
            ushort id = parse.GetValue(netuid);
            await using SubtensorClient client = await chain.ConnectAsync(session, parse, ct).ConfigureAwait(false);
            H256 head = await client.GetBlockHashAsync(null, ct).ConfigureAwait(false);
            uint block = (await client.GetHeaderAsync(head, ct).ConfigureAwait(false)).Number;
            ChainWallet.RequireSubnet(await client.SubnetExistsAsync(id, head, ct).ConfigureAwait(false), id);
            IReadOnlyList<NeuronInfoLite> neurons = await client.GetNeuronsLiteAsync(id, head, ct).ConfigureAwait(false);
            if (session.Json)
            {
                session.WriteJson(w =>
                {
                    w.WriteNumber("netuid", id);
                    w.WriteNumber("block", block);
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
                });
                return ExitCodes.Success;
            }

            TextTable table = new($"Metagraph of subnet {id} at block {block}", "UID", "Stake", "Incentive", "Dividends", "Emission", "VPermit", "Hotkey", "Coldkey", "Axon");
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

            table.Write(context.Output);
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command Hyperparameters(CliContext context)
    {
        ChainCommandOptions chain = new();
        Option<ushort> netuid = ChainWallet.Netuid();
        Command command = new("hyperparameters", "Show a subnet's hyperparameters.");
        command.Aliases.Add("hyperparams");
        chain.AddTo(command);
        command.Options.Add(netuid);
        command.SetAction(async (parse, ct) =>
        {
            CliSession session = chain.Output.Bind(context, parse);
            ushort id = parse.GetValue(netuid);
            await using SubtensorClient client = await chain.ConnectAsync(session, parse, ct).ConfigureAwait(false);
            SubnetHyperparameters hp = await client.GetSubnetHyperparametersAsync(id, null, ct).ConfigureAwait(false)
                ?? throw new CliException($"subnet {id} does not exist");

            // The record's properties are the runtime API's fields; print them in declaration order, snake_cased as btcli.
            List<(string Name, object? Value)> fields = [.. typeof(SubnetHyperparameters).GetProperties().Select(p => (Snake(p.Name), p.GetValue(hp)))];
            if (session.Json)
            {
                session.WriteJson(w =>
                {
                    w.WriteNumber("netuid", id);
                    w.WriteStartObject("hyperparameters");
                    foreach ((string name, object? value) in fields)
                    {
                        switch (value)
                        {
                            case bool b:
                                w.WriteBoolean(name, b);
                                break;
                            case ulong u:
                                w.WriteNumber(name, u);
                                break;
                            case long l:
                                w.WriteNumber(name, l);
                                break;
                            case int i:
                                w.WriteNumber(name, i);
                                break;
                            default:
                                w.WriteString(name, Convert.ToString(value, CultureInfo.InvariantCulture));
                                break;
                        }
                    }

                    w.WriteEndObject();
                });
                return ExitCodes.Success;
            }

            TextTable table = new($"Subnet {id} hyperparameters", "Hyperparameter", "Value");
            foreach ((string name, object? value) in fields)
            {
                table.Add(name, Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);
            }

            table.Write(context.Output);
            return ExitCodes.Success;
        });
        return command;
    }

    private static double Ratio(ulong u16) => Math.Round(u16 / 65535.0, 6);

    private static string Snake(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
