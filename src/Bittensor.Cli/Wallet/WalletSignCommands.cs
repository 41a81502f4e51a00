using System.CommandLine;
using System.Text;
using Bittensor.Cli.Infrastructure;
using Bittensor.Core.Crypto;
using Bittensor.Core.Primitives;

namespace Bittensor.Cli.Wallet;

/// <summary>
/// <c>wallet sign</c> and <c>wallet verify</c> (btcli src/commands/wallets.py <c>sign</c>, <c>verify</c>): the message
/// is always UTF-8 text, as upstream; verification also accepts a signature over <c>&lt;Bytes&gt;message&lt;/Bytes&gt;</c>.
/// </summary>
internal static class WalletSignCommands
{
    public static Command Sign(CliContext context)
    {
        WalletSelector selector = new();
        PasswordOptions passwords = new();
        OutputSettings output = new();
        Option<bool> useHotkey = new("--use-hotkey") { Description = "Sign with the hotkey (default: the coldkey)." };
        Option<bool> noUseHotkey = new("--no-use-hotkey") { Description = "Sign with the coldkey (the default)." };
        Option<string> message = new("--message") { Description = "The message to encode (UTF-8) and sign." };
        Command command = new("sign", "Sign a message with the wallet's coldkey, or its hotkey with --use-hotkey.") { useHotkey, noUseHotkey, message };
        selector.AddTo(command);
        passwords.AddTo(command);
        output.AddTo(command);
        command.SetAction(parse =>
        {
            CliSession session = output.Bind(context, parse);
            if (parse.GetValue(useHotkey) && parse.GetValue(noUseHotkey))
            {
                throw new CliException("--use-hotkey and --no-use-hotkey contradict each other");
            }

            bool hot = parse.GetValue(useHotkey);
            string text = parse.GetValue(message)
                ?? (session.CanAsk ? session.Ask("Enter the message to encode and sign", string.Empty) : null)
                ?? throw new CliException("--message is required");
            Sdk.Wallets.Wallet wallet = selector.Resolve(session, parse);
            if (hot)
            {
                WalletSelector.RequireHotkey(wallet);
            }
            else
            {
                WalletSelector.RequireWallet(wallet);
            }

            KeyPair pair = hot ? wallet.UnlockHotkey(passwords.UnlockSource(session, parse)) : wallet.UnlockColdkey(passwords.UnlockSource(session, parse));
            session.Verbose(hot ? $"Signing using hotkey: {wallet.HotkeyName}" : $"Signing using coldkey: {wallet.Name}");
            string signature = Hex.Encode(pair.Sign(Encoding.UTF8.GetBytes(text)));
            if (session.Json)
            {
                session.WriteJson(w =>
                {
                    w.WriteString("signature", signature);
                    w.WriteString("ss58Address", pair.ToSs58());
                    w.WriteString("key", hot ? "hotkey" : "coldkey");
                });
            }
            else
            {
                session.Info("Message signed successfully!");
                session.Info("Signature:");
                context.Output.WriteLine(signature);
                session.Info($"Signer address: {pair.ToSs58()}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    public static Command Verify(CliContext context)
    {
        OutputSettings output = new();
        Option<string> message = new("--message", "-m") { Description = "The message that was signed (UTF-8).", Required = true };
        Option<string> signature = new("--signature", "-s") { Description = "The signature to verify (hex, with or without 0x).", Required = true };
        Option<string> signer = new("--address", "-a", "--public-key", "-p") { Description = "SS58 address or hex public key of the signer.", Required = true };
        Command command = new("verify", "Verify a message signature with the signer's SS58 address or public key; exits 1 when invalid.")
        {
            message, signature, signer,
        };
        output.AddTo(command);
        command.SetAction(parse =>
        {
            CliSession session = output.Bind(context, parse);
            string who = parse.GetValue(signer)!.Trim();
            byte[] publicKey;
            try
            {
                publicKey = Sdk.Wallets.KeyfileData.PublicOnly(who).PublicKey.ToArray();
            }
            catch (FormatException ex)
            {
                throw new CliException($"Invalid SS58 address or hex public key: {ex.Message}", ex);
            }

            string sigText = parse.GetValue(signature)!.Trim();
            if (!Hex.TryDecode(sigText.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? sigText : "0x" + sigText, out byte[]? sig, out string? error) || sig.Length != 64)
            {
                throw new CliException($"Invalid signature format: {error ?? $"a signature is 64 bytes, got {sig!.Length}"}");
            }

            string text = parse.GetValue(message)!;
            byte[] bytes = Encoding.UTF8.GetBytes(text);
            bool valid = KeyPair.Verify(KeyScheme.Sr25519, publicKey, bytes, sig)
                || KeyPair.Verify(KeyScheme.Sr25519, publicKey, Keys.KeysCommand.WrapBytes(bytes), sig);
            string address = Ss58.Encode(publicKey);
            if (session.Json)
            {
                session.WriteJson(w =>
                {
                    w.WriteBoolean("verified", valid);
                    w.WriteString("signer", address);
                    w.WriteString("message", text);
                });
            }
            else if (valid)
            {
                session.Info("Signature is valid!");
                session.Info($"Signer: {address}");
            }
            else
            {
                context.Error.WriteLine("error: Signature verification failed!");
            }

            return valid ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }
}
