using Bittensor.Cli.Infrastructure;

namespace Bittensor.Cli.Config;

/// <summary>
/// btcli's config file (<c>~/.bittensor/config.yml</c>, or <c>BTCLI_CONFIG_PATH</c>): a flat YAML mapping such as
/// <c>wallet_name: default</c>. Keys this CLI does not know (and nested blocks such as <c>metagraph_cols</c>) are kept
/// verbatim, so a file shared with Python btcli survives a round trip. Values are YAML scalars: null, booleans,
/// numbers (kept as written) and strings.
/// </summary>
public sealed class BtcliConfig
{
    /// <summary>Environment variable naming another config file (as btcli).</summary>
    public const string PathVariable = "BTCLI_CONFIG_PATH";

    /// <summary>Default config file.</summary>
    public const string DefaultPath = "~/.bittensor/config.yml";

    /// <summary>The keys <c>config get</c> always shows, in btcli's order (CLIManager.config).</summary>
    public static IReadOnlyList<string> KnownKeys { get; } =
    [
        "wallet_name", "wallet_path", "wallet_hotkey", "network", "use_cache", "disk_cache", "rate_tolerance",
        "safe_staking", "allow_partial_stake", "dashboard_path",
    ];

    private readonly SortedDictionary<string, ConfigValue> _values;

    private BtcliConfig(string path, SortedDictionary<string, ConfigValue> values)
    {
        Path = path;
        _values = values;
    }

    /// <summary>The file (expanded).</summary>
    public string Path { get; }

    /// <summary>True when the file exists on disk.</summary>
    public bool Exists => File.Exists(Path);

    /// <summary>The config file to use: <c>BTCLI_CONFIG_PATH</c>, else <c>~/.bittensor/config.yml</c>.</summary>
    public static string ResolvePath(CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return Sdk.Wallets.WalletPaths.ExpandHome(environment.Variable(PathVariable) ?? DefaultPath);
    }

    /// <summary>Reads the file; a missing file is an empty config (nothing is created until something is set).</summary>
    /// <exception cref="CliException">The file is not a flat YAML mapping.</exception>
    public static BtcliConfig Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        SortedDictionary<string, ConfigValue> values = new(StringComparer.Ordinal);
        if (File.Exists(path))
        {
            FlatYaml.Parse(File.ReadAllLines(path), path, values);
        }

        return new BtcliConfig(path, values);
    }

    /// <summary>A string setting (wallet_name, network, …), or null when unset or null.</summary>
    public string? GetString(string key) =>
        _values.TryGetValue(key, out ConfigValue? value) && value.Kind is ConfigValueKind.String or ConfigValueKind.Number ? value.Text : null;

    /// <summary>Every key and value, sorted by key.</summary>
    public IEnumerable<KeyValuePair<string, ConfigValue>> Entries => _values;

    /// <summary>The value of a key (null when absent).</summary>
    public ConfigValue? Get(string key) => _values.GetValueOrDefault(key);

    /// <summary>Sets (or with a null-kind value, clears) a key.</summary>
    public void Set(string key, ConfigValue value)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(value);
        _values[key] = value;
    }

    /// <summary>Writes the file (sorted keys, like PyYAML's <c>safe_dump</c>), creating its directory.</summary>
    public void Save()
    {
        string? directory = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        string temp = Path + ".tmp";
        File.WriteAllText(temp, FlatYaml.Write(_values));
        File.Move(temp, Path, overwrite: true);
    }
}
