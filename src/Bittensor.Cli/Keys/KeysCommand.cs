using System.CommandLine;
using Bittensor.Cli.Infrastructure;
using Bittensor.Cli.Wallet;
using Bittensor.Core.Crypto;
using Bittensor.Core.Primitives;

namespace Bittensor.Cli.Keys;

/// <summary>
/// <c>btcli keys</c>: this project's key utility, what <c>subkey</c> is to Substrate. Generates, inspects,
/// signs and verifies with sr25519 (default) or ed25519 keys from Substrate secret URIs.
/// </summary>
public static class KeysCommand
{
    private static readonly int[] s_wordCounts = [12, 15, 18, 21, 24];

    public static Command Create(CliContext context)
    {
        Command keys = new("keys", "Generate, inspect, sign and verify with sr25519/ed25519 keys (like Substrate's subkey).");
        keys.Subcommands.Add(Generate(context));
        keys.Subcommands.Add(Inspect(context));
        keys.Subcommands.Add(Sign(context));
        keys.Subcommands.Add(Verify(context));
        return keys;
    }

    private static Option<string> SchemeOption() => new Option<string>("--scheme")
    {
        Description = "Signature scheme: sr25519 (Substrate accounts, the default) or ed25519.",
        DefaultValueFactory = _ => "sr25519",
    }.AcceptOnlyFromAmong("sr25519", "ed25519");

    private static Option<ushort> NetworkOption() => new("--network-id", "-n")
    {
        Description = "SS58 network prefix for addresses (42 = Bittensor/generic Substrate, 0 = Polkadot).",
        DefaultValueFactory = _ => Ss58.BittensorPrefix,
    };

    private static Option<bool> JsonOption() => new("--json-output", "--json-out")
    {
        Description = "Print exactly one JSON object instead of the human-readable form.",
    };

    private static KeyScheme ParseScheme(string? scheme) =>
        string.Equals(scheme, "ed25519", StringComparison.Ordinal) ? KeyScheme.Ed25519 : KeyScheme.Sr25519;

    private static string SchemeName(KeyScheme scheme) => scheme == KeyScheme.Ed25519 ? "ed25519" : "sr25519";

    private static void CheckNetwork(ushort network)
    {
        if (network > Ss58.MaxPrefix)
        {
            throw new CliException($"--network-id must be between 0 and {Ss58.MaxPrefix}, got {network}");
        }
    }

    private static Command Generate(CliContext context)
    {
        Option<int> words = new("--words", "-w")
        {
            Description = "Number of mnemonic words: 12, 15, 18, 21 or 24.",
            DefaultValueFactory = _ => 12,
        };
        words.Validators.Add(r =>
        {
            int n = r.GetValueOrDefault<int>();
            if (Array.IndexOf(s_wordCounts, n) < 0)
            {
                r.AddError($"--words must be one of 12, 15, 18, 21, 24 (got {n})");
            }
        });
        Option<string> scheme = SchemeOption();
        Option<ushort> network = NetworkOption();
        Option<bool> json = JsonOption();
        Command command = new("generate", "Generate a new mnemonic and show the key it gives.") { words, scheme, network, json };
        command.SetAction(parse =>
        {
            ushort prefix = parse.GetValue(network);
            CheckNetwork(prefix);
            string phrase = Mnemonic.Generate(parse.GetValue(words));
            KeyScheme s = ParseScheme(parse.GetValue(scheme));
            KeyPair pair = KeyPair.FromMnemonic(phrase, string.Empty, s);
            Describe(context, pair, prefix, parse.GetValue(json), phrase, uri: null);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Inspect(CliContext context)
    {
        Argument<string> uri = new("uri")
        {
            Description = "A secret URI: //Alice, a mnemonic with an optional //hard/soft///password path, or a 0x-prefixed 32-byte seed.",
        };
        Option<string> scheme = SchemeOption();
        Option<ushort> network = NetworkOption();
        Option<bool> json = JsonOption();
        Command command = new("inspect", "Show the seed, public key and address of a secret URI.") { uri, scheme, network, json };
        command.SetAction(parse =>
        {
            ushort prefix = parse.GetValue(network);
            CheckNetwork(prefix);
            string suri = parse.GetValue(uri) ?? string.Empty;
            KeyPair pair = KeyPair.FromUri(suri, ParseScheme(parse.GetValue(scheme)));
            Describe(context, pair, prefix, parse.GetValue(json), phrase: null, suri);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Sign(CliContext context)
    {
        Option<string> uri = new("--uri", "--suri") { Description = "Secret URI of the signing key (e.g. //Alice). Without it, a wallet key signs." };
        Option<string> message = new("--message", "-m") { Description = "Message: 0x-prefixed hex bytes, otherwise UTF-8 text.", Required = true };
        Option<string> scheme = SchemeOption();
        Option<bool> json = JsonOption();
        WalletSelector wallet = new();
        PasswordOptions passwords = new();
        Option<bool> noPrompt = CommonOptions.NoPrompt();
        Command command = new(
            "sign",
            "Sign a message with a secret URI's key, or with a wallet's coldkey (or its hotkey when --hotkey is given), unlocked with --password-file, BT_WALLET_PASSWORD or a prompt.")
        {
            uri, message, scheme, json, noPrompt,
        };
        wallet.AddTo(command);
        passwords.AddTo(command);
        command.SetAction(parse =>
        {
            byte[] msg = MessageBytes(parse.GetValue(message));
            string? suri = parse.GetValue(uri);
            bool asJson = parse.GetValue(json);
            if (suri is not null)
            {
                if (wallet.AnyGiven(parse))
                {
                    throw new CliException("--uri signs with a secret URI; do not combine it with --wallet-name, --wallet-path or --hotkey");
                }

                string hex = Hex.Encode(KeyPair.FromUri(suri, ParseScheme(parse.GetValue(scheme))).Sign(msg));
                context.Output.WriteLine(asJson ? JsonOut.Object(w => w.WriteString("signature", hex)) : hex);
                return ExitCodes.Success;
            }

            if (parse.GetValue(scheme) is not "sr25519")
            {
                throw new CliException("wallet keys are sr25519; --scheme ed25519 needs --uri");
            }

            CliSession session = new(context, asJson, quiet: false, verbose: false, parse.GetValue(noPrompt));
            bool useHotkey = wallet.ExplicitHotkey(parse) is not null;
            Sdk.Wallets.Wallet w = wallet.Resolve(session, parse);
            if (useHotkey)
            {
                WalletSelector.RequireHotkey(w);
            }
            else
            {
                WalletSelector.RequireWallet(w);
            }

            KeyPair pair = useHotkey ? w.UnlockHotkey(passwords.UnlockSource(session, parse)) : w.UnlockColdkey(passwords.UnlockSource(session, parse));
            string signature = Hex.Encode(pair.Sign(msg));
            string address = pair.ToSs58();
            context.Output.WriteLine(asJson
                ? JsonOut.Object(j =>
                {
                    j.WriteString("signature", signature);
                    j.WriteString("ss58Address", address);
                    j.WriteString("key", useHotkey ? "hotkey" : "coldkey");
                })
                : signature);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Verify(CliContext context)
    {
        Option<string> ss58 = new("--ss58", "--address") { Description = "Signer's SS58 address (any network prefix) or 0x public key.", Required = true };
        Option<string> message = new("--message", "-m") { Description = "Message: 0x-prefixed hex bytes, otherwise UTF-8 text.", Required = true };
        Option<string> signature = new("--signature", "-s") { Description = "0x-prefixed 64-byte signature.", Required = true };
        Option<string> scheme = SchemeOption();
        Option<bool> json = JsonOption();
        Command command = new("verify", "Verify a signature; exits 0 when valid, 1 when not. A signature over <Bytes>message</Bytes> is accepted too.")
        {
            ss58, message, signature, scheme, json,
        };
        command.SetAction(parse =>
        {
            if (!AccountId32.TryParse(parse.GetValue(ss58), out AccountId32 account, out string? accountError))
            {
                throw new CliException($"--ss58: {accountError}");
            }

            if (!Hex.TryDecode(parse.GetValue(signature) ?? string.Empty, out byte[]? sig, out string? sigError))
            {
                throw new CliException($"--signature: {sigError}");
            }

            if (sig.Length != 64)
            {
                throw new CliException($"--signature: a signature is 64 bytes, got {sig.Length}");
            }

            KeyScheme s = ParseScheme(parse.GetValue(scheme));
            byte[] msg = MessageBytes(parse.GetValue(message));
            bool valid = KeyPair.Verify(s, account.AsSpan(), msg, sig) || KeyPair.Verify(s, account.AsSpan(), WrapBytes(msg), sig);
            context.Output.WriteLine(parse.GetValue(json) ? JsonOut.Object(w => w.WriteBoolean("valid", valid)) : valid ? "Signature is valid." : "Signature is INVALID.");
            return valid ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }

    /// <summary>0x-prefixed input is hex bytes; anything else is UTF-8 text (subkey's convention).</summary>
    internal static byte[] MessageBytes(string? message)
    {
        string m = message ?? string.Empty;
        if (m.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            return Hex.TryDecode(m, out byte[]? bytes, out string? error) ? bytes : throw new CliException($"--message: {error}");
        }

        return System.Text.Encoding.UTF8.GetBytes(m);
    }

    /// <summary>polkadot.js u8aWrapBytes: what signRaw and bittensor's wallet signing put around a message.</summary>
    internal static byte[] WrapBytes(ReadOnlySpan<byte> message)
    {
        ReadOnlySpan<byte> prefix = "<Bytes>"u8;
        ReadOnlySpan<byte> suffix = "</Bytes>"u8;
        if (message.StartsWith(prefix) && message.EndsWith(suffix))
        {
            return message.ToArray();
        }

        byte[] wrapped = new byte[prefix.Length + message.Length + suffix.Length];
        prefix.CopyTo(wrapped);
        message.CopyTo(wrapped.AsSpan(prefix.Length));
        suffix.CopyTo(wrapped.AsSpan(prefix.Length + message.Length));
        return wrapped;
    }

    private static void Describe(CliContext context, KeyPair pair, ushort prefix, bool json, string? phrase, string? uri)
    {
        string publicHex = Hex.Encode(pair.PublicKey.Span);
        string? seedHex = pair.Seed is null ? null : Hex.Encode(pair.Seed);
        string address = Ss58.Encode(pair.PublicKey.Span, prefix);
        string scheme = SchemeName(pair.Scheme);
        if (json)
        {
            context.Output.WriteLine(JsonOut.Object(w =>
            {
                if (phrase is not null)
                {
                    w.WriteString("secretPhrase", phrase);
                }

                if (seedHex is null)
                {
                    w.WriteNull("secretSeed");
                }
                else
                {
                    w.WriteString("secretSeed", seedHex);
                }

                w.WriteString("publicKey", publicHex);
                w.WriteString("accountId", publicHex);
                w.WriteString("ss58Address", address);
                w.WriteString("scheme", scheme);
            }));
            return;
        }

        TextWriter o = context.Output;
        if (phrase is not null)
        {
            o.WriteLine($"Secret phrase:       {phrase}");
        }
        else
        {
            o.WriteLine($"Secret Key URI `{uri}` is account:");
        }

        o.WriteLine($"  Network ID:        {prefix}");
        o.WriteLine($"  Secret seed:       {seedHex ?? "n/a (a soft junction makes a seed meaningless)"}");
        o.WriteLine($"  Public key (hex):  {publicHex}");
        o.WriteLine($"  Account ID:        {publicHex}");
        o.WriteLine($"  Public key (SS58): {address}");
        o.WriteLine($"  SS58 Address:      {address}");
        o.WriteLine($"  Scheme:            {scheme}");
    }
}
