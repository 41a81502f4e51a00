using System.CommandLine;
using System.Globalization;
using Bittensor.Cli.Chain;
using Bittensor.Cli.Infrastructure;
using Bittensor.Cli.Subnets;
using Bittensor.Core.Primitives;
using Bittensor.Sdk.Chain;
using Bittensor.Sdk.Chain.Types;

namespace Bittensor.Cli.Wallet;

/// <summary>
/// <c>wallet overview</c> (btcli 9.21 wallets.py <c>overview</c>): the coldkey's free balance and, per subnet, every
/// neuron whose coldkey it is: uid, hotkey (by its name in the wallet when the file is there), stake, incentive,
/// dividends, emission and validator permit.
/// </summary>
internal static class WalletOverviewCommand
{
    public static Command Create(CliContext context)
    {
        ChainCommand command = new(context, "overview", "Show the wallet coldkey's balance and its registered neurons on every subnet.", WalletUse.Coldkey);
        Option<string> netuids = command.Add(new Option<string>("--netuids", "--netuid") { Description = "Comma-separated netuids to include (default: all)." });
        return command.Run(async run =>
        {
            AccountId32 coldkey = run.ColdkeyAddress;
            IReadOnlyDictionary<string, string> names = WalletListCommand.HotkeyNames(run.Wallet.Directory);
            HashSet<ushort>? filter = run.Get(netuids) is { } text ? [.. ChainCommandOptions.ParseNetuids(text, "--netuids")] : null;
            SubtensorClient client = await run.ClientAsync().ConfigureAwait(false);
            H256 head = await client.GetBlockHashAsync(null, run.Token).ConfigureAwait(false);
            uint block = (await client.GetHeaderAsync(head, run.Token).ConfigureAwait(false)).Number;
            ulong free = await client.GetBalanceAsync(coldkey, head, run.Token).ConfigureAwait(false);
            List<(ushort Netuid, List<NeuronInfoLite> Neurons)> subnets = [];
            foreach (ushort id in await client.GetAllSubnetNetuidsAsync(head, run.Token).ConfigureAwait(false))
            {
                if (filter is not null && !filter.Contains(id))
                {
                    continue;
                }

                List<NeuronInfoLite> mine = [.. (await client.GetNeuronsLiteAsync(id, head, run.Token).ConfigureAwait(false)).Where(n => n.Coldkey == coldkey)];
                if (mine.Count > 0)
                {
                    subnets.Add((id, mine));
                }
            }

            ulong totalStake = subnets.SelectMany(s => s.Neurons).Aggregate(0UL, (sum, n) => checked(sum + n.TotalStake));
            string Name(NeuronInfoLite n) => names.TryGetValue(n.Hotkey.ToSs58(), out string? name) ? name : string.Empty;
            if (run.Session.Json)
            {
                return run.Done(w =>
                {
                    w.WriteString("wallet", run.Wallet.Name);
                    w.WriteString("coldkey", coldkey.ToSs58());
                    w.WriteNumber("block", block);
                    w.WriteNumber("free_rao", free);
                    w.WriteNumber("total_stake_rao", totalStake);
                    w.WriteStartArray("subnets");
                    foreach ((ushort id, List<NeuronInfoLite> neurons) in subnets)
                    {
                        w.WriteStartObject();
                        w.WriteNumber("netuid", id);
                        w.WriteStartArray("neurons");
                        foreach (NeuronInfoLite n in neurons)
                        {
                            w.WriteStartObject();
                            w.WriteNumber("uid", n.Uid);
                            w.WriteString("hotkey", n.Hotkey.ToSs58());
                            w.WriteString("hotkey_name", Name(n));
                            w.WriteNumber("stake_rao", n.TotalStake);
                            w.WriteNumber("incentive", SubnetsMetagraphCommand.Ratio(n.Incentive));
                            w.WriteNumber("dividends", SubnetsMetagraphCommand.Ratio(n.Dividends));
                            w.WriteNumber("emission_rao", n.Emission);
                            w.WriteBoolean("validator_permit", n.ValidatorPermit);
                            w.WriteEndObject();
                        }

                        w.WriteEndArray();
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                });
            }

            run.Output.WriteLine($"Wallet {run.Wallet.Name} ({coldkey}) at block {block}");
            run.Output.WriteLine($"Free balance: {new Balance(free)}    Total stake: {new Balance(totalStake).ToTaoString(Balance.AlphaSymbol)}");
            if (subnets.Count == 0)
            {
                run.Output.WriteLine("No neurons registered with this coldkey.");
            }

            foreach ((ushort id, List<NeuronInfoLite> neurons) in subnets)
            {
                run.Output.WriteLine();
                TextTable table = new($"Subnet {id}", "UID", "Hotkey name", "Stake", "Incentive", "Dividends", "Emission", "VPermit", "Hotkey");
                foreach (NeuronInfoLite n in neurons)
                {
                    table.Add(
                        $"{n.Uid}",
                        Name(n),
                        new Balance(n.TotalStake).ToTaoString(Balance.AlphaSymbol),
                        SubnetsMetagraphCommand.Ratio(n.Incentive).ToString("0.00000", CultureInfo.InvariantCulture),
                        SubnetsMetagraphCommand.Ratio(n.Dividends).ToString("0.00000", CultureInfo.InvariantCulture),
                        new Balance(n.Emission).ToTaoString(Balance.AlphaSymbol),
                        n.ValidatorPermit ? "*" : string.Empty,
                        n.Hotkey.ToSs58());
                }

                table.Write(run.Output);
            }

            return ExitCodes.Success;
        });
    }
}
