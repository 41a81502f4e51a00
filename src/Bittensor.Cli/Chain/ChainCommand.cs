using System.CommandLine;
using Bittensor.Cli.Infrastructure;
using Bittensor.Cli.Wallet;

namespace Bittensor.Cli.Chain;

/// <summary>
/// The scaffolding every chain command shares, declared once: the wallet selector (when the command uses a wallet),
/// <c>--network</c> and the output flags, <c>--password-file</c> (when it signs), and an action that receives one
/// <see cref="ChainInvocation"/> which connects, confirms, unlocks, submits with a status line and renders the result.
/// </summary>
public sealed class ChainCommand
{
    private readonly CliContext _context;

    public ChainCommand(CliContext context, string name, string description, WalletUse wallet = WalletUse.None, bool signs = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        Command = new Command(name, description);
        if (wallet != WalletUse.None)
        {
            Wallet = new WalletSelector(withHotkey: wallet == WalletUse.ColdkeyAndHotkey);
            Wallet.AddTo(Command);
        }

        Chain.AddTo(Command);
        if (signs)
        {
            Passwords = new PasswordOptions();
            Passwords.AddTo(Command);
        }
    }

    public Command Command { get; }

    public ChainCommandOptions Chain { get; } = new();

    public WalletSelector? Wallet { get; }

    public PasswordOptions? Passwords { get; }

    /// <summary>Adds a command-specific option and returns it.</summary>
    public T Add<T>(T option)
        where T : Option
    {
        ArgumentNullException.ThrowIfNull(option);
        Command.Options.Add(option);
        return option;
    }

    /// <summary>Adds btcli's aliases (<c>burn_cost</c> beside <c>burn-cost</c>, …).</summary>
    public ChainCommand Alias(params string[] aliases)
    {
        ArgumentNullException.ThrowIfNull(aliases);
        foreach (string alias in aliases)
        {
            Command.Aliases.Add(alias);
        }

        return this;
    }

    /// <summary>Sets the action; the invocation (and its chain connection) is disposed when it returns.</summary>
    public Command Run(Func<ChainInvocation, Task<int>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        Command.SetAction(async (parse, ct) =>
        {
            CliSession session = Chain.Output.Bind(_context, parse);
            await using ChainInvocation run = new(this, session, parse, ct);
            return await action(run).ConfigureAwait(false);
        });
        return Command;
    }
}
