using System.CommandLine;
using Bittensor.Cli.Chain;
using Bittensor.Cli.Infrastructure;
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
        subnets.Subcommands.Add(SubnetsShowCommand.Show(context));
        subnets.Subcommands.Add(SubnetsShowCommand.Price(context));
        subnets.Subcommands.Add(SubnetsMetagraphCommand.Hyperparameters(context));
        return subnets;
    }

    private static Command List(CliContext context)
    {
        ChainCommand command = new(context, "list", "List all subnets with their size, tempo, registration cost and owner.");
        return command.Run(async run =>
        {
            SubtensorClient client = await run.ClientAsync().ConfigureAwait(false);
            IReadOnlyList<SubnetInfo> all = await client.GetAllSubnetsInfoAsync(null, run.Token).ConfigureAwait(false);
            uint block = await client.GetCurrentBlockAsync(run.Token).ConfigureAwait(false);
            TextTable table = new($"Subnets at block {block}", "Netuid", "Neurons", "Max", "Tempo", "Burn", "Owner");
            foreach (SubnetInfo s in all)
            {
                table.Add($"{s.Netuid}", $"{s.SubnetworkN}", $"{s.MaxAllowedUids}", $"{s.Tempo}", new Balance(s.Burn).ToString(), s.Owner.ToSs58());
            }

            return run.Done(
                w =>
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
                },
                table);
        });
    }

    private static Command BurnCost(CliContext context)
    {
        ChainCommand command = new ChainCommand(context, "burn-cost", "Show the TAO locked to create a subnet now.").Alias("burn_cost");
        return command.Run(async run =>
        {
            SubtensorClient client = await run.ClientAsync().ConfigureAwait(false);
            ulong cost = await client.GetSubnetBurnCostAsync(null, run.Token).ConfigureAwait(false);
            return run.Done(w => w.WriteNumber("burn_cost_rao", cost), $"Subnet burn cost: {new Balance(cost)}");
        });
    }

    private static Command CreateSubnet(CliContext context)
    {
        ChainCommand command = new(context, "create", "Register a new subnet owned by the wallet's coldkey, paying the lock cost.", WalletUse.ColdkeyAndHotkey, signs: true);
        return command.Run(async run =>
        {
            AccountId32 coldkey = run.ColdkeyAddress;
            AccountId32 hotkey = run.HotkeyAddress;
            SubtensorClient client = await run.ClientAsync().ConfigureAwait(false);
            ulong cost = await client.GetSubnetBurnCostAsync(null, run.Token).ConfigureAwait(false);
            ulong balance = await client.GetBalanceAsync(coldkey, null, run.Token).ConfigureAwait(false);
            if (balance < cost)
            {
                throw new CliException($"insufficient balance: creating a subnet locks {new Balance(cost)} but {run.Wallet.Name} has {new Balance(balance)}");
            }

            HashSet<ushort> before = [.. await client.GetAllSubnetNetuidsAsync(null, run.Token).ConfigureAwait(false)];
            ExtrinsicReceipt receipt = await run.SubmitAsync("subnets create", $"Create a subnet for {new Balance(cost)}?", run.UnlockColdkey, (c, key) => c.RegisterNetworkAsync(key, hotkey, false, run.Token)).ConfigureAwait(false);
            IReadOnlyList<ushort> after = await client.GetAllSubnetNetuidsAsync(receipt.BlockHash, run.Token).ConfigureAwait(false);
            ushort netuid = after.Where(n => !before.Contains(n)).DefaultIfEmpty(after.Max()).First();
            return run.Done(
                receipt,
                w =>
                {
                    w.WriteNumber("netuid", netuid);
                    w.WriteNumber("lock_cost_rao", cost);
                },
                $"Registered subnetwork with netuid: {netuid} (locked {new Balance(cost)})");
        });
    }

    private static Command Start(CliContext context)
    {
        ChainCommand command = new(context, "start", "Start a subnet's emission schedule (owner only).", WalletUse.Coldkey, signs: true);
        Option<ushort> netuid = command.Add(ChainWallet.Netuid());
        return command.Run(async run =>
        {
            ushort id = run.Get(netuid);
            _ = run.ColdkeyAddress;
            await run.RequireSubnetAsync(id).ConfigureAwait(false);
            ExtrinsicReceipt receipt = await run.SubmitAsync("subnets start", $"Start subnet {id}?", run.UnlockColdkey, (c, key) => c.StartCallAsync(key, id, false, run.Token)).ConfigureAwait(false);
            return run.Done(receipt, w => w.WriteNumber("netuid", id), $"Subnet {id} started.");
        });
    }

    private static Command Register(CliContext context)
    {
        ChainCommand command = new(context, "register", "Register the wallet's hotkey on a subnet by burning the registration cost.", WalletUse.ColdkeyAndHotkey, signs: true);
        Option<ushort> netuid = command.Add(ChainWallet.Netuid());
        return command.Run(async run =>
        {
            ushort id = run.Get(netuid);
            AccountId32 coldkey = run.ColdkeyAddress;
            AccountId32 hotkey = run.HotkeyAddress;
            SubtensorClient client = await run.ClientAsync().ConfigureAwait(false);
            await run.RequireSubnetAsync(id).ConfigureAwait(false);
            ulong burn = await client.GetBurnCostAsync(id, null, run.Token).ConfigureAwait(false);
            ulong balance = await client.GetBalanceAsync(coldkey, null, run.Token).ConfigureAwait(false);
            if (balance < burn)
            {
                throw new CliException($"insufficient balance: registration on subnet {id} burns {new Balance(burn)} but {run.Wallet.Name} has {new Balance(balance)}");
            }

            ExtrinsicReceipt receipt = await run.SubmitAsync("subnets register", $"Register {hotkey} on subnet {id} for {new Balance(burn)}?", run.UnlockColdkey, (c, key) => c.BurnedRegisterAsync(key, id, hotkey, false, run.Token)).ConfigureAwait(false);
            ushort? uid = await client.GetUidForHotkeyOnSubnetAsync(hotkey, id, receipt.BlockHash, run.Token).ConfigureAwait(false);
            return run.Done(
                receipt,
                w =>
                {
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
                },
                $"Registered {hotkey} on subnet {id} with uid {uid} (burned {new Balance(burn)})");
        });
    }
}
