using System.CommandLine;
using Bittensor.Cli.Chain;
using Bittensor.Cli.Infrastructure;
using Bittensor.Cli.Wallet;
using Bittensor.Core.Crypto;
using Bittensor.Core.Primitives;
using Bittensor.Sdk.Chain;
using Bittensor.Sdk.Chain.Extrinsics;
using Bittensor.Sdk.Chain.Types;

namespace Bittensor.Cli.Subnets;

/// <summary><c>btcli subnets</c> (aliases <c>s</c>, <c>subnet</c>): btcli 9.21 subnets.py on the SDK chain client.</summary>
public static class SubnetsCommand
{
    public static Command Create(CliContext context)
    {
        Command subnets = new("subnets", "Create, start, register on and inspect subnets.");
        subnets.Aliases.Add("s");
        subnets.Aliases.Add("subnet");
        subnets.Subcommands.Add(List(context));
        subnets.Subcommands.Add(BurnCost(context));
        subnets.Subcommands.Add(CreateSubnet(context));
        subnets.Subcommands.Add(Start(context));
        subnets.Subcommands.Add(Register(context));
        subnets.Subcommands.Add(SubnetsMetagraphCommand.Create(context));
        subnets.Subcommands.Add(SubnetsMetagraphCommand.Hyperparameters(context));
        return subnets;
    }

    private static Command List(CliContext context)
    {
        ChainCommandOptions chain = new();
        Command command = new("list", "List all subnets with their size, tempo, registration cost and owner.");
        chain.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            CliSession session = chain.Output.Bind(context, parse);
            await using SubtensorClient client = await chain.ConnectAsync(session, parse, ct).ConfigureAwait(false);
            IReadOnlyList<SubnetInfo> all = await client.GetAllSubnetsInfoAsync(null, ct).ConfigureAwait(false);
            uint block = await client.GetCurrentBlockAsync(ct).ConfigureAwait(false);
            if (session.Json)
            {
                session.WriteJson(w =>
                {
                    w.WriteNumber("block", block);
                    w.WriteStartArray("subnets");
                    foreach (SubnetInfo s in all)
                    {
                        w.WriteStartObject();
                        w.WriteNumber("netuid", s.Netuid);
                        w.WriteNumber("n", s.SubnetworkN);
                        w.WriteNumber("max_n", s.MaxAllowedUids);
                        w.WriteNumber("tempo", s.Tempo);
                        w.WriteNumber("burn_rao", s.Burn);
                        w.WriteNumber("emission_rao", s.EmissionValue);
                        w.WriteString("owner", s.Owner.ToSs58());
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                });
                return ExitCodes.Success;
            }

            TextTable table = new($"Subnets at block {block}", "Netuid", "Neurons", "Max", "Tempo", "Burn", "Owner");
            foreach (SubnetInfo s in all)
            {
                table.Add($"{s.Netuid}", $"{s.SubnetworkN}", $"{s.MaxAllowedUids}", $"{s.Tempo}", new Balance(s.Burn).ToString(), s.Owner.ToSs58());
            }

            table.Write(context.Output);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command BurnCost(CliContext context)
    {
        ChainCommandOptions chain = new();
        Command command = new("burn-cost", "Show the TAO locked to create a subnet now.");
        command.Aliases.Add("burn_cost");
        chain.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            CliSession session = chain.Output.Bind(context, parse);
            await using SubtensorClient client = await chain.ConnectAsync(session, parse, ct).ConfigureAwait(false);
            ulong cost = await client.GetSubnetBurnCostAsync(null, ct).ConfigureAwait(false);
            if (session.Json)
            {
                session.WriteJson(w => w.WriteNumber("burn_cost_rao", cost));
                return ExitCodes.Success;
            }

            context.Output.WriteLine($"Subnet burn cost: {new Balance(cost)}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateSubnet(CliContext context)
    {
        WalletSelector selector = new();
        ChainCommandOptions chain = new();
        PasswordOptions passwords = new();
        Command command = new("create", "Register a new subnet owned by the wallet's coldkey, paying the lock cost.");
        selector.AddTo(command);
        chain.AddTo(command);
        passwords.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            CliSession session = chain.Output.Bind(context, parse);
            Sdk.Wallets.Wallet wallet = selector.Resolve(session, parse);
            AccountId32 coldkeyAddress = ChainWallet.Coldkey(wallet);
            AccountId32 hotkey = ChainWallet.Hotkey(wallet);
            await using SubtensorClient client = await chain.ConnectAsync(session, parse, ct).ConfigureAwait(false);
            ulong cost = await client.GetSubnetBurnCostAsync(null, ct).ConfigureAwait(false);
            ulong balance = await client.GetBalanceAsync(coldkeyAddress, null, ct).ConfigureAwait(false);
            if (balance < cost)
            {
                throw new CliException($"insufficient balance: creating a subnet locks {new Balance(cost)} but {wallet.Name} has {new Balance(balance)}");
            }

            ChainCommandOptions.Confirm(session, $"Create a subnet for {new Balance(cost)}?");
            KeyPair coldkey = wallet.UnlockColdkey(passwords.UnlockSource(session, parse));
            HashSet<ushort> before = [.. await client.GetAllSubnetNetuidsAsync(null, ct).ConfigureAwait(false)];
            ExtrinsicReceipt receipt = await ChainCommandOptions.SubmitAsync(session, "subnets create", () => client.RegisterNetworkAsync(coldkey, hotkey, false, ct)).ConfigureAwait(false);
            IReadOnlyList<ushort> after = await client.GetAllSubnetNetuidsAsync(receipt.BlockHash, ct).ConfigureAwait(false);
            ushort netuid = after.Where(n => !before.Contains(n)).DefaultIfEmpty(after.Max()).First();
            if (session.Json)
            {
                session.WriteJson(w =>
                {
                    ChainCommandOptions.WriteReceipt(w, receipt);
                    w.WriteNumber("netuid", netuid);
                    w.WriteNumber("lock_cost_rao", cost);
                });
                return ExitCodes.Success;
            }

            session.Info($"Registered subnetwork with netuid: {netuid} (locked {new Balance(cost)})");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Start(CliContext context)
    {
        WalletSelector selector = new(withHotkey: false);
        ChainCommandOptions chain = new();
        PasswordOptions passwords = new();
        Option<ushort> netuid = ChainWallet.Netuid();
        Command command = new("start", "Start a subnet's emission schedule (owner only).");
        selector.AddTo(command);
        chain.AddTo(command);
        passwords.AddTo(command);
        command.Options.Add(netuid);
        command.SetAction(async (parse, ct) =>
        {
            CliSession session = chain.Output.Bind(context, parse);
            ushort id = parse.GetValue(netuid);
            Sdk.Wallets.Wallet wallet = selector.Resolve(session, parse);
            WalletSelector.RequireWallet(wallet);
            await using SubtensorClient client = await chain.ConnectAsync(session, parse, ct).ConfigureAwait(false);
            ChainWallet.RequireSubnet(await client.SubnetExistsAsync(id, null, ct).ConfigureAwait(false), id);
            ChainCommandOptions.Confirm(session, $"Start subnet {id}?");
            KeyPair coldkey = wallet.UnlockColdkey(passwords.UnlockSource(session, parse));
            ExtrinsicReceipt receipt = await ChainCommandOptions.SubmitAsync(session, "subnets start", () => client.StartCallAsync(coldkey, id, false, ct)).ConfigureAwait(false);
            if (session.Json)
            {
                session.WriteJson(w =>
                {
                    ChainCommandOptions.WriteReceipt(w, receipt);
                    w.WriteNumber("netuid", id);
                });
                return ExitCodes.Success;
            }

            session.Info($"Subnet {id} started.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Register(CliContext context)
    {
        WalletSelector selector = new();
        ChainCommandOptions chain = new();
        PasswordOptions passwords = new();
        Option<ushort> netuid = ChainWallet.Netuid();
        Command command = new("register", "Register the wallet's hotkey on a subnet by burning the registration cost.");
        selector.AddTo(command);
        chain.AddTo(command);
        passwords.AddTo(command);
        command.Options.Add(netuid);
        command.SetAction(async (parse, ct) =>
        {
            CliSession session = chain.Output.Bind(context, parse);
            ushort id = parse.GetValue(netuid);
            Sdk.Wallets.Wallet wallet = selector.Resolve(session, parse);
            AccountId32 coldkeyAddress = ChainWallet.Coldkey(wallet);
            AccountId32 hotkey = ChainWallet.Hotkey(wallet);
            await using SubtensorClient client = await chain.ConnectAsync(session, parse, ct).ConfigureAwait(false);
            ChainWallet.RequireSubnet(await client.SubnetExistsAsync(id, null, ct).ConfigureAwait(false), id);
            ulong burn = await client.GetBurnCostAsync(id, null, ct).ConfigureAwait(false);
            ulong balance = await client.GetBalanceAsync(coldkeyAddress, null, ct).ConfigureAwait(false);
            if (balance < burn)
            {
                throw new CliException($"insufficient balance: registration on subnet {id} burns {new Balance(burn)} but {wallet.Name} has {new Balance(balance)}");
            }

            ChainCommandOptions.Confirm(session, $"Register {hotkey} on subnet {id} for {new Balance(burn)}?");
            KeyPair coldkey = wallet.UnlockColdkey(passwords.UnlockSource(session, parse));
            ExtrinsicReceipt receipt = await ChainCommandOptions.SubmitAsync(session, "subnets register", () => client.BurnedRegisterAsync(coldkey, id, hotkey, false, ct)).ConfigureAwait(false);
            ushort? uid = await client.GetUidForHotkeyOnSubnetAsync(hotkey, id, receipt.BlockHash, ct).ConfigureAwait(false);
            if (session.Json)
            {
                session.WriteJson(w =>
                {
                    ChainCommandOptions.WriteReceipt(w, receipt);
                    w.WriteNumber("netuid", id);
                    w.WriteString("hotkey", hotkey.ToSs58());
                    if (uid is ushort u)
                    {
                        w.WriteNumber("uid", u);
                    }
                    else
                    {
                        w.WriteNull("uid");
                    }

                    w.WriteNumber("burn_rao", burn);
                });
                return ExitCodes.Success;
            }

            session.Info($"Registered {hotkey} on subnet {id} with uid {uid} (burned {new Balance(burn)})");
            return ExitCodes.Success;
        });
        return command;
    }
}
