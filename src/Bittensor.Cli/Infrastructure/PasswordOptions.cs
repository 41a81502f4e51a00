using System.CommandLine;
using System.Text;
using Bittensor.Sdk.Wallets;

namespace Bittensor.Cli.Infrastructure;

/// <summary>
/// Where a wallet password comes from, in order: <c>--password-file</c> (first line), <c>BT_WALLET_PASSWORD</c>,
/// btwallet's per-keyfile <c>BT_PW_…</c> variable (unlock only), then a hidden prompt. With <c>--no-prompt</c> and no
/// source the command fails with one line saying how to give one.
/// </summary>
public sealed class PasswordOptions
{
    /// <summary>Plain-text password variable read by every command that creates or unlocks an encrypted key.</summary>
    public const string PasswordVariable = "BT_WALLET_PASSWORD";

    /// <summary>btwallet's minimum for a new password (keyfile.rs <c>validate_password</c>).</summary>
    public const int MinimumLength = 6;

    private const string Hint = "pass --password-file FILE or set BT_WALLET_PASSWORD";

    private readonly Option<string> _file = CommonOptions.PasswordFile();

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(_file);
    }

    /// <summary>The password to encrypt a new key with (asked twice when prompted).</summary>
    public string NewPassword(CliSession session, ParseResult parse, string keyDescription)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(parse);
        string? given = FromFile(parse) ?? session.Environment.Variable(PasswordVariable);
        if (given is not null)
        {
            return given.Length > 0 ? given : throw new CliException($"the password for the {keyDescription} is empty");
        }

        for (int attempt = 0; attempt < 3; attempt++)
        {
            string password = session.ReadSecret("Enter your password: ")
                ?? throw new CliException($"a password is needed to encrypt the {keyDescription}: {Hint}, or use --no-use-password");
            if (password.Length < MinimumLength)
            {
                session.Context.Error.WriteLine($"Password not strong enough. It must be at least {MinimumLength} characters.");
                continue;
            }

            string? again = session.ReadSecret("Retype your password: ");
            if (string.Equals(password, again, StringComparison.Ordinal))
            {
                return password;
            }

            session.Context.Error.WriteLine("Passwords do not match.");
        }

        throw new CliException($"no acceptable password for the {keyDescription} after 3 attempts");
    }

    /// <summary>The sources that unlock an existing encrypted key.</summary>
    public PasswordSource UnlockSource(CliSession session, ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(parse);
        string? fromFile = FromFile(parse);
        if (fromFile is not null)
        {
            return PasswordSource.FromValue(fromFile);
        }

        return PasswordSource.FirstOf(
            PasswordSource.FromPrompt(_ => session.Environment.Variable(PasswordVariable)),
            PasswordSource.FromPrompt(request => session.Environment.Variable(request.EnvironmentVariable) is { } value
                ? PasswordSource.DecodeBtwalletPassword(value, request.EnvironmentVariable)
                : null),
            PasswordSource.FromPrompt(request => session.ReadSecret($"Enter your password to unlock {Path.GetFileName(request.KeyfilePath)}: ")));
    }

    private string? FromFile(ParseResult parse)
    {
        string? path = parse.GetValue(_file);
        if (path is null)
        {
            return null;
        }

        string full = Sdk.Wallets.WalletPaths.ExpandHome(path);
        if (!File.Exists(full))
        {
            throw new CliException($"--password-file: {path} does not exist");
        }

        using StreamReader reader = new(full, Encoding.UTF8);
        return reader.ReadLine() ?? string.Empty;
    }
}
