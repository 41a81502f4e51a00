using System.CommandLine;
using Bittensor.Cli.Chain;
using Bittensor.Cli.Infrastructure;
using Bittensor.Core.Metadata;
using Bittensor.Core.Primitives;
using Bittensor.Sdk.Chain;
using Bittensor.Sdk.Chain.Extrinsics;

namespace Bittensor.Cli.Stake;

/// <summary>
/// <c>stake move</c>, <c>stake transfer</c> and <c>stake swap</c> (btcli 9.21 stake/move.py): the runtime's
/// move_stake (another hotkey, same coldkey), transfer_stake (another coldkey, same hotkey) and swap_stake (same
/// hotkey and coldkey, another subnet), each optionally across subnets. Amounts are alpha of the origin subnet.
/// </summary>
internal static class StakeMoveCommands
{
    public static Command Move(CliContext context)
    {
        ChainCommand command = new(context, "move", "Move stake from the wallet's hotkey to another hotkey (same coldkey), optionally to another subnet.", WalletUse.ColdkeyAndHotkey, signs: true);
        MoveOptions options = new(command);
        Option<string> destHotkey = command.Add(new Option<string>("--dest-hotkey", "--dest", "--destination-hotkey") { Description = "SS58 address of the hotkey that receives the stake.", Required = true });
        return command.Run(async run =>
        {
            AccountId32 dest = ChainCommandOptions.ParseAddress(run.Get(destHotkey)!, "--dest-hotkey");
            return await Execute(run, options, "stake move", run.HotkeyAddress, dest, run.ColdkeyAddress, (meta, origin, amount) =>
                meta.EncodeCall("SubtensorModule", "move_stake", Account("origin_hotkey", origin.Hotkey), Account("destination_hotkey", dest), NetUid("origin_netuid", origin.From), NetUid("destination_netuid", origin.To), Amount(amount))).ConfigureAwait(false);
        });
    }

    public static Command Transfer(CliContext context)
    {
        ChainCommand command = new(context, "transfer", "Transfer stake on the wallet's hotkey to another coldkey, optionally to another subnet.", WalletUse.ColdkeyAndHotkey, signs: true);
        MoveOptions options = new(command);
        Option<string> destColdkey = command.Add(new Option<string>("--dest", "--dest-coldkey", "--destination") { Description = "SS58 address of the coldkey that receives the stake.", Required = true });
        return command.Run(async run =>
        {
            AccountId32 dest = ChainCommandOptions.ParseAddress(run.Get(destColdkey)!, "--dest");
            AccountId32 hotkey = run.HotkeyAddress;
            return await Execute(run, options, "stake transfer", hotkey, hotkey, dest, (meta, origin, amount) =>
                meta.EncodeCall("SubtensorModule", "transfer_stake", Account("destination_coldkey", dest), Account("hotkey", origin.Hotkey), NetUid("origin_netuid", origin.From), NetUid("destination_netuid", origin.To), Amount(amount))).ConfigureAwait(false);
        });
    }

    public static Command Swap(CliContext context)
    {
        ChainCommand command = new(context, "swap", "Swap the wallet hotkey's stake from one subnet to another.", WalletUse.ColdkeyAndHotkey, signs: true);
        MoveOptions options = new(command);
        return command.Run(async run =>
        {
            AccountId32 hotkey = run.HotkeyAddress;
            if (run.Get(options.OriginNetuid) == run.Get(options.DestNetuid))
            {
                throw new CliException("--dest-netuid: swapping stake needs a different subnet than --origin-netuid");
            }

            return await Execute(run, options, "stake swap", hotkey, hotkey, run.ColdkeyAddress, (meta, origin, amount) =>
                meta.EncodeCall("SubtensorModule", "swap_stake", Account("hotkey", origin.Hotkey), NetUid("origin_netuid", origin.From), NetUid("destination_netuid", origin.To), Amount(amount))).ConfigureAwait(false);
        });
    }

    /// <summary>Checks both subnets and the origin stake, confirms, submits, and reports both positions before and after.</summary>
    private static async Task<int> Execute(ChainInvocation run, MoveOptions options, string what, AccountId32 originHotkey, AccountId32 destHotkey, AccountId32 destColdkey, Func<ChainMetadata, (AccountId32 Hotkey, ushort From, ushort To), ulong, byte[]> call)
    {
        ushort from = run.Get(options.OriginNetuid);
        ushort to = run.Get(options.DestNetuid);
        bool all = run.Get(options.All);
        string? amountText = run.Get(options.Amount);
        if (all == amountText is not null)
        {
            throw new CliException("give exactly one of --amount and --all");
        }

        AccountId32 coldkey = run.ColdkeyAddress;
        SubtensorClient client = await run.ClientAsync().ConfigureAwait(false);
        await run.RequireSubnetAsync(from).ConfigureAwait(false);
        await run.RequireSubnetAsync(to).ConfigureAwait(false);
        ulong originBefore = await StakeAmounts.StakeAsync(client, originHotkey, coldkey, from, null, run.Token).ConfigureAwait(false);
        ulong destBefore = await StakeAmounts.StakeAsync(client, destHotkey, destColdkey, to, null, run.Token).ConfigureAwait(false);
        Balance amount = all ? new Balance(originBefore) : StakeAmounts.Positive(amountText!, "--amount");
        if (amount.Rao == 0)
        {
            throw new CliException($"no stake: {originHotkey} holds nothing from {run.Wallet.Name} on subnet {from}");
        }

        StakeAmounts.RequireStake(originBefore, amount, originHotkey, run.Wallet.Name, from);
        string question = $"{what}: {StakeAmounts.Alpha(amount.Rao)} of {originHotkey} on subnet {from} to {destHotkey} (coldkey {destColdkey}) on subnet {to}?";
        ExtrinsicReceipt receipt = await run.SubmitCallAsync(what, question, run.UnlockColdkey, c => call(c.Metadata, (originHotkey, from, to), amount.Rao)).ConfigureAwait(false);
        ulong originAfter = await StakeAmounts.StakeAsync(client, originHotkey, coldkey, from, receipt.BlockHash, run.Token).ConfigureAwait(false);
        ulong destAfter = await StakeAmounts.StakeAsync(client, destHotkey, destColdkey, to, receipt.BlockHash, run.Token).ConfigureAwait(false);
        return run.Done(
            receipt,
            w =>
            {
                w.WriteNumber("origin_netuid", from);
                w.WriteNumber("destination_netuid", to);
                w.WriteString("origin_hotkey", originHotkey.ToSs58());
                w.WriteString("destination_hotkey", destHotkey.ToSs58());
                w.WriteString("origin_coldkey", coldkey.ToSs58());
                w.WriteString("destination_coldkey", destColdkey.ToSs58());
                w.WriteNumber("amount_rao", amount.Rao);
                w.WriteNumber("origin_stake_before_rao", originBefore);
                w.WriteNumber("origin_stake_after_rao", originAfter);
                w.WriteNumber("destination_stake_before_rao", destBefore);
                w.WriteNumber("destination_stake_after_rao", destAfter);
            },
            $"Origin stake (subnet {from}, {originHotkey}): {StakeAmounts.Alpha(originBefore)} ➡ {StakeAmounts.Alpha(originAfter)}",
            $"Destination stake (subnet {to}, {destHotkey}): {StakeAmounts.Alpha(destBefore)} ➡ {StakeAmounts.Alpha(destAfter)}");
    }

    private static ScaleField Account(string name, AccountId32 account) => new(name, ScaleValue.Bytes(account.AsSpan()));

    private static ScaleField NetUid(string name, ushort netuid) => new(name, ScaleValue.U16(netuid));

    private static ScaleField Amount(ulong alpha) => new("alpha_amount", ScaleValue.U64(alpha));

    /// <summary>The options the three commands share (btcli's <c>--origin-netuid</c>, <c>--dest-netuid</c>, <c>--amount</c>, <c>--all</c>).</summary>
    private sealed class MoveOptions
    {
        public MoveOptions(ChainCommand command)
        {
            OriginNetuid = command.Add(new Option<ushort>("--origin-netuid", "-o") { Description = "The subnet the stake leaves.", Required = true });
            DestNetuid = command.Add(new Option<ushort>("--dest-netuid", "-d") { Description = "The subnet the stake arrives on.", Required = true });
            Amount = command.Add(new Option<string>("--amount", "-a") { Description = "Alpha of the origin subnet to move." });
            All = command.Add(new Option<bool>("--all", "--stake-all", "--swap-all") { Description = "Move the whole origin position." });
        }

        public Option<ushort> OriginNetuid { get; }

        public Option<ushort> DestNetuid { get; }

        public Option<string> Amount { get; }

        public Option<bool> All { get; }
    }
}
