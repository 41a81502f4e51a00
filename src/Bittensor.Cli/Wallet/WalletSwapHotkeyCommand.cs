using System.CommandLine;
using Bittensor.Cli.Chain;
using Bittensor.Cli.Infrastructure;
using Bittensor.Core.Metadata;
using Bittensor.Core.Primitives;
using Bittensor.Sdk.Chain;
using Bittensor.Sdk.Chain.Extrinsics;

namespace Bittensor.Cli.Wallet;

/// <summary>
/// <c>wallet swap-hotkey</c> (btcli 9.21 wallets.py <c>swap_hotkey</c>): moves the registrations (and, unless
/// <c>--keep-stake</c>, the stake) of the wallet's hotkey to another hotkey of the same wallet, on one subnet or all,
/// through SubtensorModule.swap_hotkey_v2 (swap_hotkey on runtimes without it), signed by the coldkey. A runtime
/// with neither call is reported in one line before anything is signed.
/// </summary>
internal static class WalletSwapHotkeyCommand
{
    private const string Pallet = "SubtensorModule";

    public static Command Create(CliContext context)
    {
        ChainCommand command = new(context, "swap-hotkey", "Move the wallet hotkey's registrations (and stake) to another hotkey of the wallet.", WalletUse.ColdkeyAndHotkey, signs: true);
        Option<string> destination = command.Add(new Option<string>("--destination-hotkey-name", "--dest-hotkey", "--new-hotkey") { Description = "Name of the wallet's hotkey that takes over.", Required = true });
        Option<ushort?> netuid = command.Add(new Option<ushort?>("--netuid") { Description = "Swap on this subnet only (default: every subnet)." });
        Option<bool> keepStake = command.Add(new Option<bool>("--keep-stake") { Description = "Leave the stake on the old hotkey (swap_hotkey_v2 only)." });
        return command.Run(async run =>
        {
            AccountId32 coldkey = run.ColdkeyAddress;
            AccountId32 oldHotkey = run.HotkeyAddress;
            string newName = run.Get(destination)!;
            Sdk.Wallets.Wallet target = new(run.Wallet.Name, newName, run.Wallet.Path, run.Session.Environment.KeyCache);
            WalletSelector.RequireHotkey(target);
            AccountId32 newHotkey = ChainWallet.Hotkey(target);
            if (newHotkey == oldHotkey)
            {
                throw new CliException($"--destination-hotkey-name: '{newName}' is the same key as '{run.Wallet.HotkeyName}'");
            }

            SubtensorClient client = await run.ClientAsync().ConfigureAwait(false);
            IReadOnlyList<PalletVariant> calls = client.Metadata.Calls(Pallet);
            string call = calls.Any(c => c.Name == "swap_hotkey_v2") ? "swap_hotkey_v2"
                : calls.Any(c => c.Name == "swap_hotkey") ? "swap_hotkey"
                : throw new CliException($"this chain's runtime has no {Pallet}.swap_hotkey or swap_hotkey_v2; nothing was submitted");
            bool keep = run.Get(keepStake);
            if (keep && call != "swap_hotkey_v2")
            {
                throw new CliException("--keep-stake needs swap_hotkey_v2, which this chain's runtime does not have");
            }

            ushort? subnet = run.Get(netuid);
            if (subnet is ushort n)
            {
                await run.RequireSubnetAsync(n).ConfigureAwait(false);
            }

            ScaleValue? owner = await client.QueryStorageAsync(Pallet, "Owner", [ScaleValue.Bytes(oldHotkey.AsSpan())], null, run.Token).ConfigureAwait(false);
            if (owner is null || new AccountId32(owner.ToBytes()) != coldkey)
            {
                throw new CliException($"hotkey {oldHotkey} is not owned by {run.Wallet.Name}'s coldkey {coldkey}");
            }

            List<ScaleField> args =
            [
                new("hotkey", ScaleValue.Bytes(oldHotkey.AsSpan())),
                new("new_hotkey", ScaleValue.Bytes(newHotkey.AsSpan())),
                new("netuid", subnet is ushort s ? ScaleValue.Some(ScaleValue.U16(s)) : ScaleValue.None),
            ];
            if (call == "swap_hotkey_v2")
            {
                args.Add(new ScaleField("keep_stake", ScaleValue.Bool(keep)));
            }

            string scope = subnet is ushort id ? $"subnet {id}" : "every subnet";
            ExtrinsicReceipt receipt = await run.SubmitCallAsync("wallet swap-hotkey", $"Swap hotkey {oldHotkey} for {newHotkey} on {scope}?", run.UnlockColdkey, c => c.Metadata.EncodeCall(Pallet, call, args)).ConfigureAwait(false);
            return run.Done(
                receipt,
                w =>
                {
                    w.WriteString("call", $"{Pallet}.{call}");
                    w.WriteString("old_hotkey", oldHotkey.ToSs58());
                    w.WriteString("new_hotkey", newHotkey.ToSs58());
                    if (subnet is ushort id)
                    {
                        w.WriteNumber("netuid", id);
                    }
                    else
                    {
                        w.WriteNull("netuid");
                    }

                    w.WriteBoolean("keep_stake", keep);
                },
                $"Swapped hotkey {oldHotkey} ➡ {newHotkey} on {scope}.");
        });
    }
}
