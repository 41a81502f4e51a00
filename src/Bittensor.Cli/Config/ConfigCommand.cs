using System.CommandLine;
using System.Globalization;
using Bittensor.Cli.Infrastructure;

namespace Bittensor.Cli.Config;

/// <summary>
/// <c>btcli config</c> (aliases <c>c</c>, <c>conf</c>): set, show and clear the defaults in the config file
/// (bittensor_cli/cli.py <c>set_config</c>, <c>get_config</c>, <c>del_config</c>).
/// </summary>
public static class ConfigCommand
{
    /// <summary>btcli's named networks (bittensor_cli/src/__init__.py <c>Constants.network_map</c>).</summary>
    private static readonly Dictionary<string, string> s_networks = new(StringComparer.Ordinal)
    {
        ["finney"] = "wss://entrypoint-finney.opentensor.ai:443",
        ["test"] = "wss://test.finney.opentensor.ai:443",
        ["archive"] = "wss://archive.chain.opentensor.ai:443",
        ["local"] = "ws://127.0.0.1:9944",
        ["dev"] = "wss://dev.chain.opentensor.ai:443",
        ["rao"] = "wss://rao.chain.opentensor.ai:443",
        ["latent-lite"] = "wss://lite.sub.latent.to:443",
    };

    public static Command Create(CliContext context)
    {
        Command config = new("config", "Set, show and clear defaults in the btcli config file (~/.bittensor/config.yml or BTCLI_CONFIG_PATH).");
        config.Aliases.Add("c");
        config.Aliases.Add("conf");
        config.Subcommands.Add(Set(context));
        config.Subcommands.Add(Get(context));
        config.Subcommands.Add(Clear(context));
        return config;
    }

    private static Option<string> NetworkOption() => new("--network", "--subtensor.network", "--chain", "--subtensor.chain_endpoint")
    {
        Description = "Network name (finney, test, local, archive, rao, dev, latent-lite) or a ws:// / wss:// endpoint.",
    };

    private static Command Set(CliContext context)
    {
        Option<string> name = CommonOptions.WalletName();
        Option<string> path = CommonOptions.WalletPath();
        Option<string> hotkey = CommonOptions.Hotkey();
        Option<string> network = NetworkOption();
        Option<bool> cache = new("--cache") { Description = "Enable caching of some commands." };
        Option<bool> noCache = new("--no-cache", "--no_cache") { Description = "Disable caching of some commands." };
        Option<bool> diskCache = new("--disk-cache") { Description = "Enable the on-disk cache." };
        Option<bool> noDiskCache = new("--no-disk-cache") { Description = "Disable the on-disk cache." };
        Option<string> tolerance = new("--tolerance") { Description = "Rate tolerance for transactions as a decimal fraction (e.g. 0.05)." };
        Option<bool> safe = new("--safe-staking", "--safe") { Description = "Enable safe staking mode." };
        Option<bool> unsafeStaking = new("--no-safe-staking", "--unsafe") { Description = "Disable safe staking mode." };
        Option<bool> partial = new("--allow-partial-stake", "--partial", "--allow") { Description = "Allow partial stakes." };
        Option<bool> noPartial = new("--no-allow-partial-stake", "--no-partial", "--not-allow") { Description = "Disallow partial stakes." };
        Option<string> dashboard = new("--dashboard-path", "--dashboard_path", "--dash_path", "--dash.path", "--dashboard.path")
        {
            Description = "Path to save the dashboard HTML file.",
        };
        OutputSettings output = new();
        Command command = new("set", "Set default values used by every btcli command.")
        {
            name, path, hotkey, network, cache, noCache, diskCache, noDiskCache, tolerance, safe, unsafeStaking, partial, noPartial, dashboard,
        };
        output.AddTo(command);
        command.SetAction(parse =>
        {
            CliSession session = output.Bind(context, parse);
            List<(string Key, ConfigValue Value)> changes = [];
            AddString(changes, "wallet_name", parse.GetValue(name), ValidateName);
            AddString(changes, "wallet_path", parse.GetValue(path), null);
            AddString(changes, "wallet_hotkey", parse.GetValue(hotkey), ValidateName);
            AddString(changes, "network", parse.GetValue(network), ValidateNetwork);
            AddFlag(changes, "use_cache", parse.GetValue(cache), parse.GetValue(noCache), "--cache", "--no-cache");
            AddFlag(changes, "disk_cache", parse.GetValue(diskCache), parse.GetValue(noDiskCache), "--disk-cache", "--no-disk-cache");
            if (parse.GetValue(tolerance) is { } tol)
            {
                changes.Add(("rate_tolerance", ConfigValue.Number(ParseTolerance(tol))));
            }

            AddFlag(changes, "safe_staking", parse.GetValue(safe), parse.GetValue(unsafeStaking), "--safe-staking", "--no-safe-staking");
            AddFlag(changes, "allow_partial_stake", parse.GetValue(partial), parse.GetValue(noPartial), "--allow-partial-stake", "--no-allow-partial-stake");
            AddString(changes, "dashboard_path", parse.GetValue(dashboard), null);
            if (changes.Count == 0)
            {
                throw new CliException("nothing to set: give at least one option, e.g. `btcli config set --wallet-name default --network finney`");
            }

            BtcliConfig config = session.Config;
            foreach ((string key, ConfigValue value) in changes)
            {
                session.Verbose($"Config: setting {key} to {value.Display}");
                config.Set(key, value);
            }

            config.Save();
            Show(session, config);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Get(CliContext context)
    {
        OutputSettings output = new();
        Command command = new("get", "Show the config file's values.");
        output.AddTo(command);
        command.SetAction(parse =>
        {
            CliSession session = output.Bind(context, parse);
            Show(session, session.Config);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Clear(CliContext context)
    {
        Option<bool> name = new("--wallet-name", "--name", "--wallet_name", "--wallet.name") { Description = "Clear wallet_name." };
        Option<bool> path = new("--wallet-path", "-p", "--wallet_path", "--wallet.path") { Description = "Clear wallet_path." };
        Option<bool> hotkey = new("--hotkey", "-H", "--wallet_hotkey", "--wallet-hotkey", "--wallet.hotkey") { Description = "Clear wallet_hotkey." };
        Option<bool> network = new("--network", "--subtensor.network", "--chain", "--subtensor.chain_endpoint") { Description = "Clear network." };
        Option<bool> cache = new("--cache") { Description = "Clear use_cache." };
        Option<bool> tolerance = new("--tolerance") { Description = "Clear rate_tolerance." };
        Option<bool> safe = new("--safe-staking", "--safe") { Description = "Clear safe_staking." };
        Option<bool> partial = new("--allow-partial-stake", "--partial", "--allow") { Description = "Clear allow_partial_stake." };
        Option<bool> dashboard = new("--dashboard-path", "--dashboard_path", "--dash_path", "--dash.path", "--dashboard.path") { Description = "Clear dashboard_path." };
        Option<bool> all = new("--all") { Description = "Clear every value." };
        OutputSettings output = new();
        Command command = new("clear", "Clear config values (set them to None).")
        {
            name, path, hotkey, network, cache, tolerance, safe, partial, dashboard, all,
        };
        output.AddTo(command);
        command.SetAction(parse =>
        {
            CliSession session = output.Bind(context, parse);
            (Option<bool> Flag, string Key)[] flags =
            [
                (name, "wallet_name"), (path, "wallet_path"), (hotkey, "wallet_hotkey"), (network, "network"), (cache, "use_cache"),
                (tolerance, "rate_tolerance"), (safe, "safe_staking"), (partial, "allow_partial_stake"), (dashboard, "dashboard_path"),
            ];
            bool clearAll = parse.GetValue(all);
            List<string> keys = clearAll
                ? [.. BtcliConfig.KnownKeys.Union(session.Config.Entries.Select(e => e.Key), StringComparer.Ordinal)]
                : [.. flags.Where(f => parse.GetValue(f.Flag)).Select(f => f.Key)];
            if (keys.Count == 0)
            {
                throw new CliException("nothing to clear: name the values (e.g. --wallet-name --network) or pass --all");
            }

            BtcliConfig config = session.Config;
            List<string> cleared = [];
            foreach (string key in keys)
            {
                ConfigValue? current = config.Get(key);
                if (current is null || current.Kind == ConfigValueKind.Null)
                {
                    session.Info($"No config set for {key}. Use `btcli config set` to set it.");
                    continue;
                }

                config.Set(key, ConfigValue.Null);
                cleared.Add(key);
                session.Info($"Cleared {key} config and set to 'None'.");
            }

            config.Save();
            if (session.Json)
            {
                session.WriteJson(w =>
                {
                    w.WriteString("path", config.Path);
                    w.WriteStartArray("cleared");
                    cleared.ForEach(w.WriteStringValue);
                    w.WriteEndArray();
                });
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void Show(CliSession session, BtcliConfig config)
    {
        List<KeyValuePair<string, ConfigValue>> rows = [];
        foreach (string key in BtcliConfig.KnownKeys)
        {
            rows.Add(new(key, config.Get(key) ?? ConfigValue.Null));
        }

        rows.AddRange(config.Entries.Where(e => !BtcliConfig.KnownKeys.Contains(e.Key) && e.Value.Kind != ConfigValueKind.Block));
        if (session.Json)
        {
            session.WriteJson(w =>
            {
                w.WriteString("path", config.Path);
                w.WriteStartObject("config");
                foreach ((string key, ConfigValue value) in rows)
                {
                    switch (value.Kind)
                    {
                        case ConfigValueKind.Null:
                            w.WriteNull(key);
                            break;
                        case ConfigValueKind.Boolean:
                            w.WriteBoolean(key, value.Text == "true");
                            break;
                        case ConfigValueKind.Number:
                            w.WritePropertyName(key);
                            w.WriteRawValue(value.Text!);
                            break;
                        default:
                            w.WriteString(key, value.Text);
                            break;
                    }
                }

                w.WriteEndObject();
            });
            return;
        }

        session.Info($"BTCLI Config: {config.Path}");
        int width = rows.Max(r => r.Key.Length);
        session.Info($"  {"Name".PadRight(width)}  Value");
        session.Info($"  {new string('─', width)}  {new string('─', 24)}");
        foreach ((string key, ConfigValue value) in rows)
        {
            string shown = value.Display;
            if (key == "network")
            {
                shown = value.Kind == ConfigValueKind.Null ? "None (default = finney)"
                    : s_networks.TryGetValue(value.Text!, out string? url) ? $"{value.Text} ({url})" : value.Text!;
            }

            session.Info($"  {key.PadRight(width)}  {shown}");
        }
    }

    private static void AddString(List<(string, ConfigValue)> changes, string key, string? value, Action<string>? validate)
    {
        if (value is null)
        {
            return;
        }

        validate?.Invoke(value);
        changes.Add((key, ConfigValue.Of(value)));
    }

    private static void AddFlag(List<(string, ConfigValue)> changes, string key, bool on, bool off, string onName, string offName)
    {
        if (on && off)
        {
            throw new CliException($"{onName} and {offName} contradict each other");
        }

        if (on || off)
        {
            changes.Add((key, ConfigValue.Of(on)));
        }
    }

    private static void ValidateName(string value)
    {
        if (value.Length == 0 || value.IndexOfAny(['/', '\\']) >= 0 || value is "." or "..")
        {
            throw new CliException($"'{value}' is not a valid wallet or hotkey name (it must be a single path segment)");
        }
    }

    private static void ValidateNetwork(string value)
    {
        if (s_networks.ContainsKey(value))
        {
            return;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out Uri? uri) || uri.Scheme is not ("ws" or "wss"))
        {
            throw new CliException($"--network: '{value}' is neither a known network ({string.Join(", ", s_networks.Keys)}) nor a ws:// or wss:// endpoint");
        }
    }

    private static decimal ParseTolerance(string text)
    {
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value) || value < 0m || value > 1m)
        {
            throw new CliException($"--tolerance: '{text}' must be a decimal between 0 and 1 (e.g. 0.05)");
        }

        return value;
    }
}
