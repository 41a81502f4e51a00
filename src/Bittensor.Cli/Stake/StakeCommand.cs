using System.CommandLine;
using Bittensor.Cli.Chain;
using Bittensor.Cli.Infrastructure;
using Bittensor.Core.Primitives;
using Bittensor.Sdk.Chain;
using Bittensor.Sdk.Chain.Extrinsics;

namespace Bittensor.Cli.Stake;

/// <summary>
/// <c>btcli stake</c> (alias <c>st</c>): add, remove and list stake (btcli 9.21 stake/add.py, remove.py, list.py),
/// and move, transfer and swap it (stake/move.py).
/// </summary>
public static class StakeCommand
{
    public static Command Create(CliContext context)
    {
        Command stake = new("stake", "Add, remove, list, move, transfer and swap stake.");
        stake.Aliases.Add("st");
        stake.Subcommands.Add(AddOrRemove(context, add: true));
        stake.Subcommands.Add(AddOrRemove(context, add: false));
        stake.Subcommands.Add(List(context));
        stake.Subcommands.Add(StakeMoveCommands.Move(context));
        stake.Subcommands.Add(StakeMoveCommands.Transfer(context));
        stake.Subcommands.Add(StakeMoveCommands.Swap(context));
        return stake;
    }

    private static Command AddOrRemove(CliContext context, bool add)
    {
        ChainCommand command = new(context, add ? "add" : "remove", add ? "Stake TAO from the coldkey to a hotkey on a subnet." : "Unstake alpha from a hotkey on a subnet back to the coldkey.", WalletUse.ColdkeyAndHotkey, signs: true);
        Option<ushort> netuid = command.Add(ChainWallet.Netuid());
        Option<string> amount = command.Add(new Option<string>("--amount", "-a") { Description = add ? "TAO to stake." : "Alpha to unstake.", Required = true });
        Option<string> hotkeyAddress = command.Add(new Option<string>("--hotkey-ss58", "--include-hotkeys") { Description = "Stake to this hotkey address instead of the wallet's hotkey." });
        string what = add ? "stake add" : "stake remove";
        return command.Run(async run =>
        {
            ushort id = run.Get(netuid);
            Balance value = StakeAmounts.Positive(run.Get(amount)!, "--amount");
            AccountId32 coldkey = run.ColdkeyAddress;
            AccountId32 hotkey = run.Get(hotkeyAddress) is { } given ? ChainCommandOptions.ParseAddress(given, "--hotkey-ss58") : run.HotkeyAddress;
            SubtensorClient client = await run.ClientAsync().ConfigureAwait(false);
            await run.RequireSubnetAsync(id).ConfigureAwait(false);
            ulong balanceBefore = await client.GetBalanceAsync(coldkey, null, run.Token).ConfigureAwait(false);
            ulong stakeBefore = await StakeAmounts.StakeAsync(client, hotkey, coldkey, id, null, run.Token).ConfigureAwait(false);
            if (add && balanceBefore < value.Rao)
            {
                throw new CliException($"insufficient balance: {run.Wallet.Name} has {new Balance(balanceBefore)}, staking {value} requested");
            }

            if (!add)
            {
                StakeAmounts.RequireStake(stakeBefore, value, hotkey, run.Wallet.Name, id);
            }

            ExtrinsicReceipt receipt = await run.SubmitAsync(
                what,
                add ? $"Stake {value} to {hotkey} on subnet {id}?" : $"Unstake {StakeAmounts.Alpha(value.Rao)} from {hotkey} on subnet {id}?",
                run.UnlockColdkey,
                (c, key) => add ? c.AddStakeAsync(key, hotkey, id, value.Rao, null, false, run.Token) : c.RemoveStakeAsync(key, hotkey, id, value.Rao, null, false, run.Token)).ConfigureAwait(false);
            ulong balanceAfter = await client.GetBalanceAsync(coldkey, receipt.BlockHash, run.Token).ConfigureAwait(false);
            ulong stakeAfter = await StakeAmounts.StakeAsync(client, hotkey, coldkey, id, receipt.BlockHash, run.Token).ConfigureAwait(false);
            return run.Done(
                receipt,
                w =>
                {
                    w.WriteNumber("netuid", id);
                    w.WriteString("hotkey", hotkey.ToSs58());
                    w.WriteString("coldkey", coldkey.ToSs58());
                    w.WriteNumber("amount_rao", value.Rao);
                    w.WriteNumber("balance_before_rao", balanceBefore);
                    w.WriteNumber("balance_after_rao", balanceAfter);
                    w.WriteNumber("stake_before_rao", stakeBefore);
                    w.WriteNumber("stake_after_rao", stakeAfter);
                },
                $"Balance: {new Balance(balanceBefore)} ➡ {new Balance(balanceAfter)}",
                $"Stake on subnet {id}: {StakeAmounts.Alpha(stakeBefore)} ➡ {StakeAmounts.Alpha(stakeAfter)}");
        });
    }

    private static Command List(CliContext context)
    {
        ChainCommand command = new(context, "list", "List the wallet coldkey's stake on every subnet.", WalletUse.Coldkey);
        return command.Run(async run =>
        {
            AccountId32 coldkey = run.ColdkeyAddress;
            SubtensorClient client = await run.ClientAsync().ConfigureAwait(false);
            IReadOnlyList<StakePosition> rows = await StakeAmounts.PositionsAsync(client, coldkey, null, run.Token).ConfigureAwait(false);
            TextTable table = new($"Stake of {run.Wallet.Name} ({coldkey})", "Netuid", "UID", "Hotkey", "Stake");
            foreach (StakePosition p in rows)
            {
                table.Add($"{p.Netuid}", p.Uid is ushort u ? $"{u}" : "-", p.Hotkey.ToSs58(), StakeAmounts.Alpha(p.Stake));
            }

            return run.Done(
                w =>
                {
                    w.WriteString("coldkey", coldkey.ToSs58());
                    w.WriteStartArray("stakes");
                    foreach (StakePosition p in rows)
                    {
                        w.WriteStartObject();
                        w.WriteNumber("netuid", p.Netuid);
                        if (p.Uid is ushort u)
                        {
                            w.WriteNumber("uid", u);
                        }
                        else
                        {
                            w.WriteNull("uid");
                        }

                        w.WriteString("hotkey", p.Hotkey.ToSs58());
                        w.WriteNumber("stake_rao", p.Stake);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                },
                table);
        });
    }
}
