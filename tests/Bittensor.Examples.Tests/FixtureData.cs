using Bittensor.Examples.Subnet.Data;

namespace Bittensor.Examples.Tests;

/// <summary>The in-repo fixture corpus (copied next to the tests).</summary>
internal static class FixtureData
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Fixture", "spam-assassin");

    public static IReadOnlyList<SpamMessage> Load() => SpamCorpus.Load(Directory);
}
