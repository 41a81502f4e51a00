using System.CommandLine;
using Bittensor.Cli.Infrastructure;
using Bittensor.Core.Crypto;

namespace Bittensor.Cli.Wallet;

/// <summary>
/// The options of btcli's key-creating commands: <c>--n-words</c>, <c>--use-password/--no-use-password</c> (also
/// <c>--no-password</c>), <c>--uri</c>, <c>--overwrite/--no-overwrite</c>, <c>--password-file</c>.
/// </summary>
internal sealed class KeyCreationOptions(bool passwordByDefault, bool withUri = true, bool withWords = true)
{
    private static readonly int[] s_wordCounts = [12, 15, 18, 21, 24];

    private readonly Option<int?> _words = new("--n-words", "--n_words")
    {
        Description = "The number of words used in the mnemonic: 12, 15, 18, 21 or 24 (default 12).",
    };

    private readonly Option<bool> _usePassword = new("--use-password", "--use_password")
    {
        Description = passwordByDefault ? "Encrypt the key with a password (the default)." : "Encrypt the key with a password.",
    };

    private readonly Option<bool> _noPassword = new("--no-use-password", "--no-password", "--no_use_password")
    {
        Description = "Write the key unencrypted.",
    };

    private readonly Option<string> _uri = new("--uri")
    {
        Description = "Create the key from a dev URI instead (e.g. Alice, //Bob); written unencrypted.",
    };

    private readonly Option<bool> _overwrite = CommonOptions.Overwrite();
    private readonly Option<bool> _noOverwrite = CommonOptions.NoOverwrite();

    public PasswordOptions Passwords { get; } = new();

    public void AddTo(Command command)
    {
        if (withWords)
        {
            command.Options.Add(_words);
        }

        command.Options.Add(_usePassword);
        command.Options.Add(_noPassword);
        if (withUri)
        {
            command.Options.Add(_uri);
        }

        command.Options.Add(_overwrite);
        command.Options.Add(_noOverwrite);
        Passwords.AddTo(command);
    }

    public bool Overwrite(ParseResult parse)
    {
        if (parse.GetValue(_overwrite) && parse.GetValue(_noOverwrite))
        {
            throw new CliException("--overwrite and --no-overwrite contradict each other");
        }

        return parse.GetValue(_overwrite);
    }

    public bool UsePassword(ParseResult parse)
    {
        bool yes = parse.GetValue(_usePassword);
        bool no = parse.GetValue(_noPassword);
        if (yes && no)
        {
            throw new CliException("--use-password and --no-use-password contradict each other");
        }

        return yes || (passwordByDefault && !no);
    }

    public int Words(CliSession session, ParseResult parse)
    {
        int? given = parse.GetValue(_words);
        if (given is { } n)
        {
            return Array.IndexOf(s_wordCounts, n) >= 0 ? n : throw new CliException($"--n-words must be one of 12, 15, 18, 21, 24 (got {n})");
        }

        string answer = session.Ask("Choose the number of words [12/15/18/21/24]", "12");
        return int.TryParse(answer, out int chosen) && Array.IndexOf(s_wordCounts, chosen) >= 0
            ? chosen
            : throw new CliException($"the number of words must be one of 12, 15, 18, 21, 24 (got {answer})");
    }

    /// <summary>The dev key of <c>--uri</c> (btcli <c>validate_uri</c>: "Alice" means "//Alice"), or null.</summary>
    public KeyPair? UriKey(ParseResult parse)
    {
        string? uri = withUri ? parse.GetValue(_uri) : null;
        if (uri is null)
        {
            return null;
        }

        string suri = uri.StartsWith("//", StringComparison.Ordinal) ? uri : "//" + uri;
        try
        {
            return KeyPair.FromUri(suri);
        }
        catch (FormatException ex)
        {
            throw new CliException($"--uri: failed to create a keypair from {uri}: {ex.Message}", ex);
        }
    }

    public string? UriText(ParseResult parse) => withUri ? parse.GetValue(_uri) : null;
}
