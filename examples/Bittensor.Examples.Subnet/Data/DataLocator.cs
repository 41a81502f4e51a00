namespace Bittensor.Examples.Subnet.Data;

/// <summary>
/// Finds the corpus: <c>--data DIR</c>, else <c>SPAM_SUBNET_DATA</c>, else the nearest
/// <c>artifacts/datasets/spam-assassin</c> above the executable (where <c>eng/setup.sh</c> unpacks it).
/// </summary>
public static class DataLocator
{
    /// <summary>The environment variable naming the corpus directory.</summary>
    public const string EnvironmentVariable = "SPAM_SUBNET_DATA";

    /// <summary>The corpus path under the repository root.</summary>
    public static readonly string RepoRelativePath = Path.Combine("artifacts", "datasets", "spam-assassin");

    /// <summary>The corpus directory, or null when none of the three places has one.</summary>
    public static string? Locate(string? option, string? environmentValue, string startDirectory)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return Path.GetFullPath(option);
        }

        if (!string.IsNullOrWhiteSpace(environmentValue))
        {
            return Path.GetFullPath(environmentValue);
        }

        for (DirectoryInfo? dir = new(startDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, RepoRelativePath);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
