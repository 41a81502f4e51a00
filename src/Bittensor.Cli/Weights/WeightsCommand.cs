using System.CommandLine;
using System.Globalization;
using Bittensor.Cli.Chain;
using Bittensor.Cli.Infrastructure;
using Bittensor.Cli.Wallet;
using Bittensor.Sdk.Chain.Extrinsics;

namespace Bittensor.Cli.Weights;

/// <summary>
/// <c>btcli weights</c> (aliases <c>wt</c>, <c>weight</c>): <c>set</c> signs set_weights with the wallet's hotkey;
/// <c>commit</c> and <c>reveal</c> run the hash commit-reveal scheme (btcli 9.21 weights.py, SDK
/// commit_weights_extrinsic / reveal_weights_extrinsic).
/// </summary>
public static class WeightsCommand
{
    public static Command Create(CliContext context)
    {
        Command weights = new("weights", "Set, commit and reveal weights on a subnet.");
        weights.Aliases.Add("wt");
        weights.Aliases.Add("weight");
        weights.Subcommands.Add(Set(context));
        weights.Subcommands.Add(WeightsCommitCommands.Commit(context));
        weights.Subcommands.Add(WeightsCommitCommands.Reveal(context));
        return weights;
    }

    private static Command Set(CliContext context)
    {
        ChainCommand command = new(context, "set", "Set the hotkey's weights for UIDs on a subnet.", WalletUse.ColdkeyAndHotkey, signs: true);
        WeightOptions options = new(command, required: true);
        return command.Run(async run =>
        {
            ushort id = run.Get(options.Netuid);
            (ushort[] uidList, float[] values) = options.Read(run);
            WalletSelector.RequireHotkey(run.Wallet);
            await run.RequireSubnetAsync(id).ConfigureAwait(false);
            ExtrinsicReceipt receipt = await run.SubmitAsync("weights set", $"Set weights for {uidList.Length} UIDs on subnet {id}?", run.UnlockHotkey, (c, key) => c.SetWeightsAsync(key, id, uidList, values, run.Get(options.VersionKey), 0, false, run.Token)).ConfigureAwait(false);
            return run.Done(
                receipt,
                w =>
                {
                    w.WriteNumber("netuid", id);
                    WriteU16s(w, "uids", uidList);
                },
                $"Weights set on subnet {id} for UIDs {string.Join(", ", uidList)}.");
        });
    }

    internal static void WriteU16s(System.Text.Json.Utf8JsonWriter w, string name, IEnumerable<ushort> values)
    {
        w.WriteStartArray(name);
        foreach (ushort u in values)
        {
            w.WriteNumberValue(u);
        }

        w.WriteEndArray();
    }

    /// <summary>--netuid, --uids, --weights and --version-key, parsed with one clear line per malformed entry.</summary>
    internal sealed class WeightOptions
    {
        public WeightOptions(ChainCommand command, bool required)
        {
            Netuid = command.Add(ChainWallet.Netuid());
            Uids = command.Add(new Option<string>("--uids", "-u") { Description = "Comma-separated UIDs to weight.", Required = required });
            Values = command.Add(new Option<string>("--weights", "-w") { Description = "Comma-separated weights, one per UID.", Required = required });
            VersionKey = command.Add(new Option<ulong>("--version-key") { Description = "The weights version key (default 0)." });
        }

        public Option<ushort> Netuid { get; }

        public Option<string> Uids { get; }

        public Option<string> Values { get; }

        public Option<ulong> VersionKey { get; }

        public bool Given(ChainInvocation run) => run.Get(Uids) is not null || run.Get(Values) is not null;

        public (ushort[] Uids, float[] Values) Read(ChainInvocation run)
        {
            string uidText = run.Get(Uids) ?? throw new CliException("--uids is required");
            string valueText = run.Get(Values) ?? throw new CliException("--weights is required");
            ushort[] uidList = [.. Split(uidText, "--uids").Select(s => ushort.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out ushort u) ? u : throw new CliException($"--uids: '{s}' is not a UID"))];
            float[] values = [.. Split(valueText, "--weights").Select(s => float.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out float f) && f >= 0 && float.IsFinite(f) ? f : throw new CliException($"--weights: '{s}' is not a non-negative number"))];
            if (uidList.Length != values.Length)
            {
                throw new CliException($"--uids has {uidList.Length} entries but --weights has {values.Length}");
            }

            if (uidList.Distinct().Count() != uidList.Length)
            {
                throw new CliException("--uids: a UID appears twice");
            }

            return (uidList, values);
        }

        private static string[] Split(string text, string option)
        {
            string[] parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return parts.Length > 0 ? parts : throw new CliException($"{option}: empty list");
        }
    }
}
