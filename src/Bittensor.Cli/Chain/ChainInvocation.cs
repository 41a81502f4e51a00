using System.CommandLine;
using System.Text.Json;
using Bittensor.Cli.Infrastructure;
using Bittensor.Cli.Wallet;
using Bittensor.Core.Crypto;
using Bittensor.Core.Primitives;
using Bittensor.Sdk.Chain;
using Bittensor.Sdk.Chain.Extrinsics;
using Bittensor.Sdk.Chain.Rpc;

namespace Bittensor.Cli.Chain;

/// <summary>
/// One run of a <see cref="ChainCommand"/>: the parsed options, the session (output mode, prompts), the wallet, one
/// chain connection (opened on first use, closed at the end), and the submit path every write shares: confirm,
/// unlock, submit with a status line, and a failure shown as the chain error's name and documentation.
/// </summary>
public sealed class ChainInvocation : IAsyncDisposable
{
    private readonly ChainCommand _command;
    private SubtensorClient? _client;
    private Sdk.Wallets.Wallet? _wallet;

    internal ChainInvocation(ChainCommand command, CliSession session, ParseResult parse, CancellationToken cancellationToken)
    {
        _command = command;
        Session = session;
        Parse = parse;
        Token = cancellationToken;
    }

    public CliSession Session { get; }

    public ParseResult Parse { get; }

    public CancellationToken Token { get; }

    public TextWriter Output => Session.Context.Output;

    /// <summary>The value of one of the command's options.</summary>
    public T? Get<T>(Option<T> option) => Parse.GetValue(option);

    /// <summary>The wallet chosen by the options, environment, config file or prompt (resolved once).</summary>
    public Sdk.Wallets.Wallet Wallet => _wallet ??= (_command.Wallet ?? throw new InvalidOperationException("this command takes no wallet")).Resolve(Session, Parse);

    /// <summary>The wallet's coldkey address (from coldkeypub.txt, nothing unlocked).</summary>
    public AccountId32 ColdkeyAddress => ChainWallet.Coldkey(Wallet);

    /// <summary>The wallet's hotkey address (from the hotkey's public file, nothing unlocked).</summary>
    public AccountId32 HotkeyAddress => ChainWallet.Hotkey(Wallet);

    /// <summary>The chain connection, opened on first use.</summary>
    public async Task<SubtensorClient> ClientAsync() =>
        _client ??= await _command.Chain.ConnectAsync(Session, Parse, Token).ConfigureAwait(false);

    /// <summary>Fails with one line unless the subnet exists.</summary>
    public async Task RequireSubnetAsync(ushort netuid)
    {
        SubtensorClient client = await ClientAsync().ConfigureAwait(false);
        ChainWallet.RequireSubnet(await client.SubnetExistsAsync(netuid, null, Token).ConfigureAwait(false), netuid);
    }

    /// <summary>Asks before spending or moving stake; --no-prompt (or no terminal) proceeds, "n" cancels with nothing submitted.</summary>
    public void Confirm(string question)
    {
        if (!Session.CanAsk)
        {
            return;
        }

        string answer = Session.Ask(question + " [y/n]", "n");
        if (!answer.StartsWith('y') && !answer.StartsWith('Y'))
        {
            throw new CliException("cancelled: nothing was submitted");
        }
    }

    /// <summary>Unlocks the wallet's coldkey (password file, BT_WALLET_PASSWORD, or a prompt).</summary>
    public KeyPair UnlockColdkey() => Wallet.UnlockColdkey(Passwords.UnlockSource(Session, Parse));

    /// <summary>Unlocks the wallet's hotkey.</summary>
    public KeyPair UnlockHotkey()
    {
        WalletSelector.RequireHotkey(Wallet);
        return Wallet.UnlockHotkey(Passwords.UnlockSource(Session, Parse));
    }

    /// <summary>
    /// Confirms (<paramref name="question"/>), unlocks the signer, submits and waits for inclusion behind a status
    /// line; a refused, dropped or failed extrinsic becomes one line naming the module error and its documentation
    /// (btcli <c>format_error_message</c>).
    /// </summary>
    public async Task<ExtrinsicReceipt> SubmitAsync(string what, string question, Func<KeyPair> signer, Func<SubtensorClient, KeyPair, Task<ExtrinsicReceipt>> submit)
    {
        ArgumentNullException.ThrowIfNull(signer);
        ArgumentNullException.ThrowIfNull(submit);
        SubtensorClient client = await ClientAsync().ConfigureAwait(false);
        Confirm(question);
        KeyPair key = signer();
        Session.Verbose($"{what}: signing with {key.ToSs58()}");
        ExtrinsicReceipt receipt;
        try
        {
            receipt = await SubmitStatus.RunAsync(Session, $"{what}: submitting and waiting for inclusion…", () => submit(client, key)).ConfigureAwait(false);
        }
        catch (JsonRpcException ex)
        {
            throw new CliException($"{what} failed: the transaction pool refused it: {ex.Message}", ex);
        }
        catch (ExtrinsicStatusException ex)
        {
            throw new CliException($"{what} failed: {ex.Message}", ex);
        }
        catch (ChainModuleError ex)
        {
            throw new CliException($"{what} failed: {ex.Message}", ex);
        }

        if (!receipt.Success)
        {
            throw new CliException($"{what} failed: {receipt.Error?.Message ?? "the extrinsic failed without a dispatch error"}");
        }

        Session.Info($"{what}: included in block {receipt.BlockHash}");
        return receipt;
    }

    /// <summary>Submits an already encoded call (see <see cref="SubmitAsync(string, string, Func{KeyPair}, Func{SubtensorClient, KeyPair, Task{ExtrinsicReceipt}})"/>).</summary>
    public Task<ExtrinsicReceipt> SubmitCallAsync(string what, string question, Func<KeyPair> signer, Func<SubtensorClient, byte[]> call) =>
        SubmitAsync(what, question, signer, (client, key) => client.SignAndSubmitAsync(call(client), key, true, false, Token));

    /// <summary>Prints the result: the one JSON object under --json-output, else the human lines.</summary>
    public int Done(Action<Utf8JsonWriter> json, params string[] human)
    {
        ArgumentNullException.ThrowIfNull(human);
        if (Session.Json)
        {
            Session.WriteJson(json);
            return ExitCodes.Success;
        }

        foreach (string line in human)
        {
            Session.Info(line);
        }

        return ExitCodes.Success;
    }

    /// <summary>As <see cref="Done(Action{Utf8JsonWriter}, string[])"/> for a write: the receipt's fields lead the JSON object.</summary>
    public int Done(ExtrinsicReceipt receipt, Action<Utf8JsonWriter> json, params string[] human)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Done(
            w =>
            {
                ChainCommandOptions.WriteReceipt(w, receipt);
                json(w);
            },
            human);
    }

    /// <summary>Prints a table (human form) or the JSON object.</summary>
    public int Done(Action<Utf8JsonWriter> json, TextTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (Session.Json)
        {
            Session.WriteJson(json);
            return ExitCodes.Success;
        }

        table.Write(Output);
        return ExitCodes.Success;
    }

    public async ValueTask DisposeAsync()
    {
        if (_client is not null)
        {
            await _client.DisposeAsync().ConfigureAwait(false);
        }
    }

    private PasswordOptions Passwords => _command.Passwords ?? throw new InvalidOperationException("this command does not sign");
}
