using Bittensor.Cli.Infrastructure;
using Bittensor.Sdk.Wallets;

namespace Bittensor.Cli.Tests.Wallet;

/// <summary>
/// Runs the real command tree in process against a temporary wallets directory and config file, with injected
/// environment variables and standard input, and one Argon2 key cache for the whole test run.
/// </summary>
public sealed class WalletCli : IDisposable
{
    public const string Password = "correct-horse-1";
    public const string WrongPassword = "wrong-horse-2";
    public const string DevMnemonic = "bottom drive obey lake curtain smoke basket hold race lonely fit walk";
    public const string DevAddress = "5DfhGyQdFobKM8NsWvEeAKk5EQQgYe9AydgJ7rMB6E1EqRzV";
    public const string DevPublicKey = "0x46ebddef8cd9bb167dc30878d7113b7e168e6f0646beffd77d69d39bad76b47a";

    /// <summary>Shared so each distinct password pays Argon2i once per test run.</summary>
    public static readonly NaclKeyCache KeyCache = new();

    public WalletCli()
    {
        Root = Directory.CreateTempSubdirectory("btcli-wallet-tests-").FullName;
        WalletPath = Path.Combine(Root, "wallets");
        ConfigPath = Path.Combine(Root, "config.yml");
        Variables["BTCLI_CONFIG_PATH"] = ConfigPath;
    }

    public string Root { get; }

    public string WalletPath { get; }

    public string ConfigPath { get; }

    /// <summary>The only environment variables the commands see.</summary>
    public Dictionary<string, string> Variables { get; } = new(StringComparer.Ordinal);

    /// <summary>Writes a password file and returns its path.</summary>
    public string PasswordFile(string password = Password)
    {
        string path = Path.Combine(Root, $"pw-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, password + "\n");
        return path;
    }

    public BtcliRunner.Result Run(params string[] args) => RunWithInput(string.Empty, args);

    public BtcliRunner.Result RunWithInput(string input, params string[] args)
    {
        using StringWriter stdout = new();
        using StringWriter stderr = new();
        using StringReader stdin = new(input);
        CliEnvironment environment = new()
        {
            GetVariable = name => Variables.GetValueOrDefault(name),
            Input = stdin,
            IsInteractive = false,
            KeyCache = KeyCache,
        };
        int code = BtcliApp.RunAsync(args, stdout, stderr, environment, CancellationToken.None).GetAwaiter().GetResult();
        return new BtcliRunner.Result(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Asserts exit 1 with exactly one <c>error: …</c> line on stderr and returns it.</summary>
    public static string AssertOneLineError(BtcliRunner.Result r)
    {
        Assert.Equal(1, r.ExitCode);
        string[] lines = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("error: ", lines[0], StringComparison.Ordinal);
        return lines[0];
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
