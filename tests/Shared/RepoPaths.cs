namespace Bittensor.Testing;

/// <summary>
/// Locations outside the test output folder: the repository root (the folder holding Bittensor.slnx) and
/// the upstream finney fixtures in <c>../shared/reference/finney</c>, which are read in place and never
/// copied into the repository. Linked into every test project.
/// </summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>
    /// The nearest <c>shared/reference/finney</c> above the repository root (a git worktree has it further up);
    /// when none exists, the expected path beside the root, so a missing fixture fails naming where it looked.
    /// </summary>
    public static string FinneyFolder { get; } = FindFinney();

    private static string FindRoot()
    {
        DirectoryInfo? dir = new(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Bittensor.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException($"no Bittensor.slnx above {AppContext.BaseDirectory}");
    }

    private static string FindFinney()
    {
        for (DirectoryInfo? dir = new DirectoryInfo(Root).Parent; dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "reference", "finney");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.GetFullPath(Path.Combine(Root, "..", "shared", "reference", "finney"));
    }
}
