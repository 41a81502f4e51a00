using System.CommandLine;
using Bittensor.Cli.Infrastructure;
using Bittensor.Cli.Wallet;
using Bittensor.Core.Crypto;
using Bittensor.Core.Primitives;
using Bittensor.Sdk.Chain;
using Bittensor.Sdk.Chain.Extrinsics;

namespace Bittensor.Cli.Chain;

/// <summary><c>wallet balance</c> and <c>wallet transfer</c> (btcli wallets.py <c>wallet_balance</c>, <c>transfer</c>).</summary>
internal static class WalletChainCommands
{
    public static Command Balance(CliContext context)
    {
        WalletSelector selector = new(withHotkey: false);
        ChainCommandOptions chain = new();
        Option<string[]> addresses = new("--ss58", "--ss58-address") { Description = "Addresses to check instead of the wallet's coldkey.", AllowMultipleArgumentsPerToken = true };
        Command command = new("balance", "Show the free balance of a wallet's coldkey (or of given SS58 addresses).");
        selector.AddTo(command);
        chain.AddTo(command);
        command.Options.Add(addresses);
        command.SetAction(async (parse, ct) =>
        {
            CliSession session = chain.Output.Bind(context, parse);
            List<(string Name, AccountId32 Address)> accounts = [];
            string[] given = parse.GetValue(addresses) ?? [];
            if (given.Length > 0)
            {
                accounts.AddRange(given.Select(a => (a, ChainCommandOptions.ParseAddress(a, "--ss58"))));
            }
            else
            {
                Sdk.Wallets.Wallet wallet = selector.Resolve(session, parse);
                WalletSelector.RequireWallet(wallet);
                accounts.Add((wallet.Name, AccountId32.Parse(wallet.GetColdkeyPub().Ss58Address)));
            }

            await using SubtensorClient client = await chain.ConnectAsync(session, parse, ct).ConfigureAwait(false);
            List<(string Name, AccountId32 Address, ulong Free)> rows = [];
            foreach ((string name, AccountId32 address) in accounts)
            {
                rows.Add((name, address, await client.GetBalanceAsync(address, null, ct).ConfigureAwait(false)));
            }

            ulong total = rows.Aggregate(0UL, (sum, r) => checked(sum + r.Free));
            if (session.Json)
            {
                session.WriteJson(w =>
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
                });
                return ExitCodes.Success;
            }

            TextTable table = new("Wallet Coldkey Balance", "Wallet Name", "Coldkey Address", "Free Balance");
            foreach ((string name, AccountId32 address, ulong free) in rows)
            {
                table.Add(name, address.ToSs58(), new Balance(free).ToString());
            }

            table.Add("Total Balance", string.Empty, new Balance(total).ToString());
            table.Write(context.Output);
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command Transfer(CliContext context)
    {
        WalletSelector selector = new(withHotkey: false);
        ChainCommandOptions chain = new();
        PasswordOptions passwords = new();
        Option<string> destination = new("--destination", "--dest", "-d") { Description = "SS58 address of the recipient.", Required = true };
        Option<string> amount = new("--amount", "-a") { Description = "Amount of TAO to send (e.g. 1.5).", Required = true };
        Option<bool> allowDeath = new("--allow-death") { Description = "Allow the sender's account to be reaped (transfer_allow_death)." };
        Command command = new("transfer", "Send TAO from a wallet's coldkey to a destination address.");
        selector.AddTo(command);
        chain.AddTo(command);
        passwords.AddTo(command);
        command.Options.Add(destination);
        command.Options.Add(amount);
        command.Options.Add(allowDeath);
        command.SetAction(async (parse, ct) =>
        {
            CliSession session = chain.Output.Bind(context, parse);
            AccountId32 dest = ChainCommandOptions.ParseAddress(parse.GetValue(destination)!, "--destination");
            Balance value = ChainCommandOptions.ParseTao(parse.GetValue(amount)!, "--amount");
            if (value.Rao == 0)
            {
                throw new CliException("--amount: must be greater than zero");
            }

            Sdk.Wallets.Wallet wallet = selector.Resolve(session, parse);
            WalletSelector.RequireWallet(wallet);
            AccountId32 source = AccountId32.Parse(wallet.GetColdkeyPub().Ss58Address);
            await using SubtensorClient client = await chain.ConnectAsync(session, parse, ct).ConfigureAwait(false);
            ulong before = await client.GetBalanceAsync(source, null, ct).ConfigureAwait(false);
            if (before < value.Rao)
            {
                throw new CliException($"insufficient balance: {wallet.Name} has {new Balance(before)}, transfer of {value} requested");
            }

            ChainCommandOptions.Confirm(session, $"Transfer {value} from {source} to {dest}?");
            KeyPair coldkey = wallet.UnlockColdkey(passwords.UnlockSource(session, parse));
            ExtrinsicReceipt receipt = await ChainCommandOptions.SubmitAsync(session, "transfer", () => client.TransferAsync(coldkey, dest, value.Rao, !parse.GetValue(allowDeath), false, ct)).ConfigureAwait(false);
            ulong after = await client.GetBalanceAsync(source, null, ct).ConfigureAwait(false);
            if (session.Json)
            {
                session.WriteJson(w =>
                {
                    ChainCommandOptions.WriteReceipt(w, receipt);
                    w.WriteString("from", source.ToSs58());
                    w.WriteString("to", dest.ToSs58());
                    w.WriteNumber("amount_rao", value.Rao);
                    w.WriteNumber("balance_before_rao", before);
                    w.WriteNumber("balance_after_rao", after);
                });
                return ExitCodes.Success;
            }

            session.Info($"Transferred {value} to {dest}. Balance: {new Balance(before)} ➡ {new Balance(after)}");
            return ExitCodes.Success;
        });
        return command;
    }
}
