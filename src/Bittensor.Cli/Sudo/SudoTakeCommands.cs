using System.CommandLine;
using System.Globalization;
using Bittensor.Cli.Chain;
using Bittensor.Cli.Infrastructure;
using Bittensor.Core.Metadata;
using Bittensor.Core.Primitives;
using Bittensor.Sdk.Chain;
using Bittensor.Sdk.Chain.Extrinsics;

namespace Bittensor.Cli.Sudo;

/// <summary>
/// <c>sudo set-take</c> and <c>sudo get-take</c> (btcli 9.21 sudo.py <c>set_take</c> / <c>get_current_take</c>): the
/// delegate take of the wallet's hotkey as a fraction of 1 (u16/65535 on chain), raised with increase_take or
/// lowered with decrease_take, within the chain's MinDelegateTake..MaxDelegateTake.
/// </summary>
internal static class SudoTakeCommands
{
    public static Command SetTake(CliContext context)
    {
        ChainCommand command = new ChainCommand(context, "set-take", "Set the delegate take of the wallet's hotkey (a fraction, e.g. 0.18).", WalletUse.ColdkeyAndHotkey, signs: true).Alias("set_take", "take");
        Option<string> take = command.Add(new Option<string>("--take") { Description = "The new take as a fraction of 1 (0 to the chain's maximum, 0.18 on finney).", Required = true });
        return command.Run(async run =>
        {
            ushort wanted = ParseTake(run.Get(take)!);
            AccountId32 hotkey = run.HotkeyAddress;
            _ = run.ColdkeyAddress;
            SubtensorClient client = await run.ClientAsync().ConfigureAwait(false);
            ushort min = (ushort)(await client.QueryStorageAsync("SubtensorModule", "MinDelegateTake", null, null, run.Token).ConfigureAwait(false))!.ToUInt64();
            ushort max = (ushort)(await client.QueryStorageAsync("SubtensorModule", "MaxDelegateTake", null, null, run.Token).ConfigureAwait(false))!.ToUInt64();
            if (wanted < min || wanted > max)
            {
                throw new CliException($"--take: must be between {Fraction(min)} and {Fraction(max)}");
            }

            ushort current = (ushort)await client.GetDelegateTakeAsync(hotkey, null, run.Token).ConfigureAwait(false);
            if (wanted == current)
            {
                throw new CliException($"the take of {hotkey} is already {Fraction(current)}; nothing was submitted");
            }

            string call = wanted > current ? "increase_take" : "decrease_take";
            ExtrinsicReceipt receipt = await run.SubmitCallAsync(
                "sudo set-take",
                $"Change the take of {hotkey} from {Fraction(current)} to {Fraction(wanted)}?",
                run.UnlockColdkey,
                c => c.Metadata.EncodeCall("SubtensorModule", call, new ScaleField("hotkey", ScaleValue.Bytes(hotkey.AsSpan())), new ScaleField("take", ScaleValue.U16(wanted)))).ConfigureAwait(false);
            ushort after = (ushort)await client.GetDelegateTakeAsync(hotkey, receipt.BlockHash, run.Token).ConfigureAwait(false);
            return run.Done(
                receipt,
                w =>
                {
                    w.WriteString("hotkey", hotkey.ToSs58());
                    w.WriteString("call", $"SubtensorModule.{call}");
                    w.WriteNumber("take_before_u16", current);
                    w.WriteNumber("take_after_u16", after);
                    w.WriteString("take", Fraction(after));
                },
                $"Take of {hotkey}: {Fraction(current)} ➡ {Fraction(after)}");
        });
    }

    public static Command GetTake(CliContext context)
    {
        ChainCommand command = new ChainCommand(context, "get-take", "Show the delegate take of the wallet's hotkey (or of --hotkey-ss58).", WalletUse.ColdkeyAndHotkey).Alias("get_take");
        Option<string> address = command.Add(new Option<string>("--hotkey-ss58") { Description = "Hotkey address to read instead of the wallet's hotkey." });
        return command.Run(async run =>
        {
            AccountId32 hotkey = run.Get(address) is { } given ? ChainCommandOptions.ParseAddress(given, "--hotkey-ss58") : run.HotkeyAddress;
            SubtensorClient client = await run.ClientAsync().ConfigureAwait(false);
            ushort take = (ushort)await client.GetDelegateTakeAsync(hotkey, null, run.Token).ConfigureAwait(false);
            return run.Done(
                w =>
                {
                    w.WriteString("hotkey", hotkey.ToSs58());
                    w.WriteNumber("take_u16", take);
                    w.WriteString("take", Fraction(take));
                },
                $"Take of {hotkey}: {Fraction(take)}");
        });
    }

    /// <summary>A fraction of 1 to u16 parts of 65535, truncating as btcli's <c>int(take * 65535)</c>, in decimal arithmetic.</summary>
    private static ushort ParseTake(string text)
    {
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal fraction) || fraction > 1)
        {
            throw new CliException($"--take: '{text}' is not a fraction between 0 and 1");
        }

        return (ushort)decimal.Truncate(fraction * ushort.MaxValue);
    }

    private static string Fraction(ushort u16) => (u16 / (decimal)ushort.MaxValue).ToString("0.0000", CultureInfo.InvariantCulture);
}
