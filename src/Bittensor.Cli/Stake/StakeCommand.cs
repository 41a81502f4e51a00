using System.CommandLine;
using Bittensor.Cli.Chain;
using Bittensor.Cli.Infrastructure;
using Bittensor.Cli.Wallet;
using Bittensor.Core.Crypto;
using Bittensor.Core.Primitives;
using Bittensor.Sdk.Chain;
using Bittensor.Sdk.Chain.Extrinsics;
using Bittensor.Sdk.Chain.Types;

namespace Bittensor.Cli.Stake;

/// <summary><c>btcli stake</c> (alias <c>st</c>): add, remove and list stake (btcli 9.21 stake/add.py, remove.py, list.py).</summary>
public static class StakeCommand
{
    public static Command Create(CliContext context)
    {
        Command stake = new("stake", "Add, remove and list stake.");
        stake.Aliases.Add("st");
        stake.Subcommands.Add(Move(context, add: true));
        stake.Subcommands.Add(Move(context, add: false));
        stake.Subcommands.Add(List(context));
        return stake;
    }

    private static Command Move(CliContext context, bool add)
    {
        WalletSelector selector = new();
        ChainCommandOptions chain = new();
        PasswordOptions passwords = new();
        Option<ushort> netuid = ChainWallet.Netuid();
        Option<string> amount = new("--amount", "-a") { Description = add ? "TAO to stake." : "Alpha to unstake.", Required = true };
        Option<string> hotkeyAddress = new("--hotkey-ss58", "--include-hotkeys") { Description = "Stake to this hotkey address instead of the wallet's hotkey." };
        Command command = new(add ? "add" : "remove", add ? "Stake TAO from the coldkey to a hotkey on a subnet." : "Unstake alpha from a hotkey on a subnet back to the coldkey.");
        selector.AddTo(command);
        chain.AddTo(command);
        passwords.AddTo(command);
        command.Options.Add(netuid);
        command.Options.Add(amount);
        command.Options.Add(hotkeyAddress);
        string what = add ? "stake add" : "stake remove";
        command.SetAction(async (parse, ct) =>
        {
            CliSession session = chain.Output.Bind(context, parse);
            ushort id = parse.GetValue(netuid);
            Balance value = ChainCommandOptions.ParseTao(parse.GetValue(amount)!, "--amount");
            if (value.Rao == 0)
            {
                throw new CliException("--amount: must be greater than zero");
            }

            Sdk.Wallets.Wallet wallet = selector.Resolve(session, parse);
            AccountId32 coldkeyAddress = ChainWallet.Coldkey(wallet);
            AccountId32 hotkey = parse.GetValue(hotkeyAddress) is { } given ? ChainCommandOptions.ParseAddress(given, "--hotkey-ss58") : ChainWallet.Hotkey(wallet);
            await using SubtensorClient client = await chain.ConnectAsync(session, parse, ct).ConfigureAwait(false);
            ChainWallet.RequireSubnet(await client.SubnetExistsAsync(id, null, ct).ConfigureAwait(false), id);
            ulong balanceBefore = await client.GetBalanceAsync(coldkeyAddress, null, ct).ConfigureAwait(false);
            ulong stakeBefore = await StakeOf(client, id, hotkey, coldkeyAddress, ct).ConfigureAwait(false);
            if (add && balanceBefore < value.Rao)
            {
                throw new CliException($"insufficient balance: {wallet.Name} has {new Balance(balanceBefore)}, staking {value} requested");
            }

            if (!add && stakeBefore < value.Rao)
            {
                throw new CliException($"insufficient stake: {hotkey} holds {new Balance(stakeBefore).ToTaoString(Balance.AlphaSymbol)} from {wallet.Name} on subnet {id}, unstaking {value.ToTaoString(Balance.AlphaSymbol)} requested");
            }

            ChainCommandOptions.Confirm(session, add ? $"Stake {value} to {hotkey} on subnet {id}?" : $"Unstake {value.ToTaoString(Balance.AlphaSymbol)} from {hotkey} on subnet {id}?");
            KeyPair coldkey = wallet.UnlockColdkey(passwords.UnlockSource(session, parse));
            ExtrinsicReceipt receipt = await ChainCommandOptions.SubmitAsync(session, what, () => add
                ? client.AddStakeAsync(coldkey, hotkey, id, value.Rao, null, false, ct)
                : client.RemoveStakeAsync(coldkey, hotkey, id, value.Rao, null, false, ct)).ConfigureAwait(false);
            ulong balanceAfter = await client.GetBalanceAsync(coldkeyAddress, receipt.BlockHash, ct).ConfigureAwait(false);
            ulong stakeAfter = await StakeOf(client, id, hotkey, coldkeyAddress, ct, receipt.BlockHash).ConfigureAwait(false);
            if (session.Json)
            {
                session.WriteJson(w =>
                {
                    ChainCommandOptions.WriteReceipt(w, receipt);
                    w.WriteNumber("netuid", id);
                    w.WriteString("hotkey", hotkey.ToSs58());
                    w.WriteString("coldkey", coldkeyAddress.ToSs58());
                    w.WriteNumber("amount_rao", value.Rao);
                    w.WriteNumber("balance_before_rao", balanceBefore);
                    w.WriteNumber("balance_after_rao", balanceAfter);
                    w.WriteNumber("stake_before_rao", stakeBefore);
                    w.WriteNumber("stake_after_rao", stakeAfter);
                });
                return ExitCodes.Success;
            }

            session.Info($"Balance: {new Balance(balanceBefore)} ➡ {new Balance(balanceAfter)}");
            session.Info($"Stake on subnet {id}: {new Balance(stakeBefore).ToTaoString(Balance.AlphaSymbol)} ➡ {new Balance(stakeAfter).ToTaoString(Balance.AlphaSymbol)}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        WalletSelector selector = new(withHotkey: false);
        ChainCommandOptions chain = new();
        Command command = new("list", "List the wallet coldkey's stake on every subnet.");
        selector.AddTo(command);
        chain.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            CliSession session = chain.Output.Bind(context, parse);
            Sdk.Wallets.Wallet wallet = selector.Resolve(session, parse);
            AccountId32 coldkey = ChainWallet.Coldkey(wallet);
            await using SubtensorClient client = await chain.ConnectAsync(session, parse, ct).ConfigureAwait(false);
            H256 head = await client.GetBlockHashAsync(null, ct).ConfigureAwait(false);
            List<(ushort Netuid, ushort Uid, AccountId32 Hotkey, ulong Stake)> rows = [];
            foreach (ushort id in await client.GetAllSubnetNetuidsAsync(head, ct).ConfigureAwait(false))
            {
                foreach (NeuronInfoLite n in await client.GetNeuronsLiteAsync(id, head, ct).ConfigureAwait(false))
                {
                    ulong mine = n.Stake.Where(s => s.Coldkey == coldkey).Aggregate(0UL, (sum, s) => checked(sum + s.Rao));
                    if (mine > 0)
                    {
                        rows.Add((id, n.Uid, n.Hotkey, mine));
                    }
                }
            }

            if (session.Json)
            {
                session.WriteJson(w =>
                {
                    w.WriteString("coldkey", coldkey.ToSs58());
                    w.WriteStartArray("stakes");
                    foreach ((ushort id, ushort uid, AccountId32 hotkey, ulong stake) in rows)
                    {
                        w.WriteStartObject();
                        w.WriteNumber("netuid", id);
                        w.WriteNumber("uid", uid);
                        w.WriteString("hotkey", hotkey.ToSs58());
                        w.WriteNumber("stake_rao", stake);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                });
                return ExitCodes.Success;
            }

            TextTable table = new($"Stake of {wallet.Name} ({coldkey})", "Netuid", "UID", "Hotkey", "Stake");
            foreach ((ushort id, ushort uid, AccountId32 hotkey, ulong stake) in rows)
            {
                table.Add($"{id}", $"{uid}", hotkey.ToSs58(), new Balance(stake).ToTaoString(Balance.AlphaSymbol));
            }

            table.Write(context.Output);
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<ulong> StakeOf(SubtensorClient client, ushort netuid, AccountId32 hotkey, AccountId32 coldkey, CancellationToken ct, H256? at = null)
    {
        IReadOnlyList<NeuronInfoLite> neurons = await client.GetNeuronsLiteAsync(netuid, at, ct).ConfigureAwait(false);
        NeuronInfoLite? neuron = neurons.FirstOrDefault(n => n.Hotkey == hotkey);
        return neuron?.Stake.Where(s => s.Coldkey == coldkey).Aggregate(0UL, (sum, s) => checked(sum + s.Rao)) ?? 0;
    }
}
