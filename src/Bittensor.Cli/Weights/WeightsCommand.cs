using System.CommandLine;
using System.Globalization;
using Bittensor.Cli.Chain;
using Bittensor.Cli.Infrastructure;
using Bittensor.Cli.Wallet;
using Bittensor.Core.Crypto;
using Bittensor.Sdk.Chain;
using Bittensor.Sdk.Chain.Extrinsics;

namespace Bittensor.Cli.Weights;

/// <summary><c>btcli weights</c> (alias <c>wt</c>): <c>set</c> signs set_weights with the wallet's hotkey.</summary>
public static class WeightsCommand
{
    public static Command Create(CliContext context)
    {
        Command weights = new("weights", "Set weights on a subnet.");
        weights.Aliases.Add("wt");
        weights.Aliases.Add("weight");
        weights.Subcommands.Add(Set(context));
        return weights;
    }

    private static Command Set(CliContext context)
    {
        WalletSelector selector = new();
        ChainCommandOptions chain = new();
        PasswordOptions passwords = new();
        Option<ushort> netuid = ChainWallet.Netuid();
        Option<string> uids = new("--uids", "-u") { Description = "Comma-separated UIDs to weight.", Required = true };
        Option<string> weightValues = new("--weights", "-w") { Description = "Comma-separated weights, one per UID.", Required = true };
        Option<ulong> versionKey = new("--version-key") { Description = "The weights version key (default 0)." };
        Command command = new("set", "Set the hotkey's weights for UIDs on a subnet.");
        selector.AddTo(command);
        chain.AddTo(command);
        passwords.AddTo(command);
        command.Options.Add(netuid);
        command.Options.Add(uids);
        command.Options.Add(weightValues);
        command.Options.Add(versionKey);
        command.SetAction(async (parse, ct) =>
        {
            CliSession session = chain.Output.Bind(context, parse);
            ushort id = parse.GetValue(netuid);
            ushort[] uidList = [.. Split(parse.GetValue(uids)!, "--uids").Select(s => ushort.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out ushort u) ? u : throw new CliException($"--uids: '{s}' is not a UID"))];
            float[] values = [.. Split(parse.GetValue(weightValues)!, "--weights").Select(s => float.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out float f) && f >= 0 && float.IsFinite(f) ? f : throw new CliException($"--weights: '{s}' is not a non-negative number"))];
            if (uidList.Length != values.Length)
            {
                throw new CliException($"--uids has {uidList.Length} entries but --weights has {values.Length}");
            }

            Sdk.Wallets.Wallet wallet = selector.Resolve(session, parse);
            WalletSelector.RequireHotkey(wallet);
            await using SubtensorClient client = await chain.ConnectAsync(session, parse, ct).ConfigureAwait(false);
            ChainWallet.RequireSubnet(await client.SubnetExistsAsync(id, null, ct).ConfigureAwait(false), id);
            ChainCommandOptions.Confirm(session, $"Set weights for {uidList.Length} UIDs on subnet {id}?");
            KeyPair hotkey = wallet.UnlockHotkey(passwords.UnlockSource(session, parse));
            ExtrinsicReceipt receipt = await ChainCommandOptions.SubmitAsync(session, "weights set", () => client.SetWeightsAsync(hotkey, id, uidList, values, parse.GetValue(versionKey), 0, false, ct)).ConfigureAwait(false);
            if (session.Json)
            {
                session.WriteJson(w =>
                {
                    ChainCommandOptions.WriteReceipt(w, receipt);
                    w.WriteNumber("netuid", id);
                    w.WriteStartArray("uids");
                    foreach (ushort u in uidList)
                    {
                        w.WriteNumberValue(u);
                    }

                    w.WriteEndArray();
                });
                return ExitCodes.Success;
            }

            session.Info($"Weights set on subnet {id} for UIDs {string.Join(", ", uidList)}.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static string[] Split(string text, string option)
    {
        string[] parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length > 0 ? parts : throw new CliException($"{option}: empty list");
    }
}
