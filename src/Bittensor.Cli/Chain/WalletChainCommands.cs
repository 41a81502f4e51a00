using System.CommandLine;
using Bittensor.Cli.Infrastructure;
using Bittensor.Core.Primitives;
using Bittensor.Sdk.Chain;
using Bittensor.Sdk.Chain.Extrinsics;

namespace Bittensor.Cli.Chain;

/// <summary><c>wallet balance</c> and <c>wallet transfer</c> (btcli wallets.py <c>wallet_balance</c>, <c>transfer</c>).</summary>
internal static class WalletChainCommands
{
    public static Command Balance(CliContext context)
    {
        ChainCommand command = new(context, "balance", "Show the free balance of a wallet's coldkey (or of given SS58 addresses).", WalletUse.Coldkey);
        Option<string[]> addresses = command.Add(new Option<string[]>("--ss58", "--ss58-address") { Description = "Addresses to check instead of the wallet's coldkey.", AllowMultipleArgumentsPerToken = true });
        return command.Run(async run =>
        {
            List<(string Name, AccountId32 Address)> accounts = [];
            string[] given = run.Get(addresses) ?? [];
            if (given.Length > 0)
            {
                accounts.AddRange(given.Select(a => (a, ChainCommandOptions.ParseAddress(a, "--ss58"))));
            }
            else
            {
                accounts.Add((run.Wallet.Name, run.ColdkeyAddress));
            }

            SubtensorClient client = await run.ClientAsync().ConfigureAwait(false);
            List<(string Name, AccountId32 Address, ulong Free)> rows = [];
            foreach ((string name, AccountId32 address) in accounts)
            {
                rows.Add((name, address, await client.GetBalanceAsync(address, null, run.Token).ConfigureAwait(false)));
            }

            ulong total = rows.Aggregate(0UL, (sum, r) => checked(sum + r.Free));
            TextTable table = new("Wallet Coldkey Balance", "Wallet Name", "Coldkey Address", "Free Balance");
            foreach ((string name, AccountId32 address, ulong free) in rows)
            {
                table.Add(name, address.ToSs58(), new Balance(free).ToString());
            }

            table.Add("Total Balance", string.Empty, new Balance(total).ToString());
            return run.Done(
                w =>
                {
                    w.WriteStartObject("balances");
                    foreach ((string name, AccountId32 address, ulong free) in rows)
                    {
                        w.WriteStartObject(name);
                        w.WriteString("coldkey", address.ToSs58());
                        w.WriteNumber("free", free / (decimal)Core.Primitives.Balance.RaoPerTao);
                        w.WriteNumber("free_rao", free);
                        w.WriteEndObject();
                    }

                    w.WriteEndObject();
                    w.WriteNumber("total_free_rao", total);
                },
                table);
        });
    }

    public static Command Transfer(CliContext context)
    {
        ChainCommand command = new(context, "transfer", "Send TAO from a wallet's coldkey to a destination address.", WalletUse.Coldkey, signs: true);
        Option<string> destination = command.Add(new Option<string>("--destination", "--dest", "-d") { Description = "SS58 address of the recipient.", Required = true });
        Option<string> amount = command.Add(new Option<string>("--amount", "-a") { Description = "Amount of TAO to send (e.g. 1.5).", Required = true });
        Option<bool> allowDeath = command.Add(new Option<bool>("--allow-death") { Description = "Allow the sender's account to be reaped (transfer_allow_death)." });
        return command.Run(async run =>
        {
            AccountId32 dest = ChainCommandOptions.ParseAddress(run.Get(destination)!, "--destination");
            Balance value = ChainCommandOptions.ParseTao(run.Get(amount)!, "--amount");
            if (value.Rao == 0)
            {
                throw new CliException("--amount: must be greater than zero");
            }

            AccountId32 source = run.ColdkeyAddress;
            SubtensorClient client = await run.ClientAsync().ConfigureAwait(false);
            ulong before = await client.GetBalanceAsync(source, null, run.Token).ConfigureAwait(false);
            if (before < value.Rao)
            {
                throw new CliException($"insufficient balance: {run.Wallet.Name} has {new Balance(before)}, transfer of {value} requested");
            }

            ExtrinsicReceipt receipt = await run.SubmitAsync("transfer", $"Transfer {value} from {source} to {dest}?", run.UnlockColdkey, (c, key) => c.TransferAsync(key, dest, value.Rao, !run.Get(allowDeath), false, run.Token)).ConfigureAwait(false);
            ulong after = await client.GetBalanceAsync(source, null, run.Token).ConfigureAwait(false);
            return run.Done(
                receipt,
                w =>
                {
                    w.WriteString("from", source.ToSs58());
                    w.WriteString("to", dest.ToSs58());
                    w.WriteNumber("amount_rao", value.Rao);
                    w.WriteNumber("balance_before_rao", before);
                    w.WriteNumber("balance_after_rao", after);
                },
                $"Transferred {value} to {dest}. Balance: {new Balance(before)} ➡ {new Balance(after)}");
        });
    }
}
