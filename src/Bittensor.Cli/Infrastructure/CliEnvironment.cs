using Bittensor.Sdk.Wallets;

namespace Bittensor.Cli.Infrastructure;

/// <summary>
/// What a command may read from outside its arguments: environment variables, standard input and whether a human
/// sits at it, and the <c>$NACL</c> key cache. Injected so tests run the real commands without touching the process.
/// </summary>
public sealed class CliEnvironment
{
    /// <summary>Reads an environment variable (null when unset).</summary>
    public Func<string, string?> GetVariable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>Where prompts read answers from.</summary>
    public TextReader Input { get; init; } = TextReader.Null;

    /// <summary>True when <see cref="Input"/> is a terminal: questions with defaults are asked and passwords read hidden.</summary>
    public bool IsInteractive { get; init; }

    /// <summary>Derived-key cache for <c>$NACL</c> keyfiles (Argon2i costs ≈1 s and 512 MiB per derivation).</summary>
    public NaclKeyCache? KeyCache { get; init; }

    /// <summary>The real process: its variables, its console, a per-process key cache.</summary>
    public static CliEnvironment Process() => new()
    {
        Input = Console.In,
        IsInteractive = !Console.IsInputRedirected,
        KeyCache = new NaclKeyCache(),
    };

    /// <summary>A variable's value, or null when unset or empty.</summary>
    public string? Variable(string name)
    {
        string? value = GetVariable(name);
        return string.IsNullOrEmpty(value) ? null : value;
    }
}
