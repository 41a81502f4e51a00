namespace Bittensor.Core.Tests.CrossCheck;

/// <summary>Finds the repository root (the folder holding Bittensor.slnx) from the test output folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        DirectoryInfo? dir = new(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Bittensor.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException($"no Bittensor.slnx above {AppContext.BaseDirectory}");
    }
}
