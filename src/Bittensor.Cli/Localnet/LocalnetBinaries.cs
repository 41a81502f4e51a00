using Bittensor.Cli.Infrastructure;

namespace Bittensor.Cli.Localnet;

/// <summary>
/// Finds the prebuilt executables <c>btcli localnet</c> starts: the node (<c>subtensor</c>) and the example subnet
/// (<c>spam-subnet</c>). Order: the explicit option, then the environment variable, then next to btcli, then the
/// repository's artifacts layout (<c>UseArtifactsOutput</c>: <c>artifacts/bin/&lt;Project&gt;/&lt;config&gt;/</c>, a sibling of
/// btcli's own folder). No <c>dotnet run</c> per process: a 2-core machine cannot afford a build per neuron.
/// </summary>
public static class LocalnetBinaries
{
    /// <summary>The node: assembly <c>subtensor</c> of project Bittensor.Node, overridable with <c>BT_LOCALNET_SUBTENSOR</c>.</summary>
    public static ExecutableSpec Node { get; } = new("subtensor", "Bittensor.Node", "BT_LOCALNET_SUBTENSOR", "--subtensor-bin");

    /// <summary>The example subnet: assembly <c>spam-subnet</c> of project Bittensor.Examples.Subnet, overridable with <c>BT_LOCALNET_SUBNET</c>.</summary>
    public static ExecutableSpec Subnet { get; } = new("spam-subnet", "Bittensor.Examples.Subnet", "BT_LOCALNET_SUBNET", "--subnet-bin");

    /// <summary>
    /// Resolves <paramref name="spec"/>: <paramref name="explicitPath"/> (a file: the apphost or the .dll), else the
    /// environment variable, else <paramref name="baseDirectory"/>, else its artifacts siblings. Fails with every place
    /// it looked.
    /// </summary>
    public static Executable Find(ExecutableSpec spec, string? explicitPath, Func<string, string?> variable, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(variable);
        ArgumentNullException.ThrowIfNull(baseDirectory);
        if (!string.IsNullOrEmpty(explicitPath))
        {
            return FromFile(explicitPath, spec.Option) ?? throw new CliException($"{spec.Option}: {explicitPath} is not a {spec.AssemblyName} executable or .dll");
        }

        string? fromVariable = variable(spec.Variable);
        if (!string.IsNullOrEmpty(fromVariable))
        {
            return FromFile(fromVariable, spec.Variable) ?? throw new CliException($"{spec.Variable}: {fromVariable} is not a {spec.AssemblyName} executable or .dll");
        }

        List<string> looked = [];
        foreach (string directory in Candidates(spec, baseDirectory))
        {
            looked.Add(directory);
            if (InDirectory(directory, spec.AssemblyName) is { } found)
            {
                return found;
            }
        }

        throw new CliException(
            $"cannot find the {spec.AssemblyName} executable (looked in {string.Join(", ", looked)}); build it " +
            $"(dotnet build src/Bittensor.Cli builds it too), pass {spec.Option} PATH or set {spec.Variable}");
    }

    /// <summary>Folders searched after the overrides: btcli's own, then <c>artifacts/bin/&lt;Project&gt;/&lt;config&gt;</c> for btcli's configuration first.</summary>
    public static IReadOnlyList<string> Candidates(ExecutableSpec spec, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(baseDirectory);
        string own = Path.GetFullPath(baseDirectory);
        List<string> result = [own];

        // artifacts/bin/Bittensor.Cli/<config>/ → artifacts/bin/<Project>/<config>/ (the same configuration first).
        DirectoryInfo ownDir = new(own.TrimEnd(Path.DirectorySeparatorChar));
        DirectoryInfo? projectDir = ownDir.Parent;
        DirectoryInfo? binDir = projectDir?.Parent;
        if (binDir is not null)
        {
            string config = ownDir.Name;
            string sibling = Path.Combine(binDir.FullName, spec.ProjectName);
            result.Add(Path.Combine(sibling, config));
            if (Directory.Exists(sibling))
            {
                result.AddRange(Directory.GetDirectories(sibling).Order(StringComparer.Ordinal).Where(d => !string.Equals(Path.GetFileName(d), config, StringComparison.Ordinal)));
            }
        }

        return result;
    }

    private static Executable? InDirectory(string directory, string assemblyName) =>
        FromFile(Path.Combine(directory, assemblyName), null) ?? FromFile(Path.Combine(directory, assemblyName + ".dll"), null);

    /// <summary>An apphost (preferred) or a framework-dependent .dll run through the <c>dotnet</c> host.</summary>
    private static Executable? FromFile(string path, string? source)
    {
        string full = Path.GetFullPath(WalletPathsExpand(path));
        if (!File.Exists(full))
        {
            return null;
        }

        if (full.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            // Prefer the apphost beside the dll (starts faster, shows its own name in ps).
            string apphost = full[..^4];
            if (IsAppHost(apphost))
            {
                return new Executable(apphost, []);
            }

            return new Executable(DotnetHost(), [full]);
        }

        return IsAppHost(full) || source is not null ? new Executable(full, []) : null;
    }

    private static bool IsAppHost(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        UnixFileMode mode = File.GetUnixFileMode(path);
        return (mode & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0;
    }

    /// <summary>The <c>dotnet</c> host running btcli when it is one, else <c>dotnet</c> from PATH.</summary>
    private static string DotnetHost()
    {
        string? current = Environment.ProcessPath;
        return current is not null && string.Equals(Path.GetFileNameWithoutExtension(current), "dotnet", StringComparison.Ordinal) ? current : "dotnet";
    }

    private static string WalletPathsExpand(string path) => Sdk.Wallets.WalletPaths.ExpandHome(path);
}
