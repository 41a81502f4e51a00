using System.Text.Json;

namespace Bittensor.Cli.Tests.Sim;

/// <summary>The shared yuma scenario vectors (linked from the runtime tests' Vectors/yuma) and scratch files.</summary>
internal static class SimVectors
{
    public static readonly string[] Names =
    [
        "test_bonds", "test_yuma_3_kappa_moves_first", "test_yuma_3_one_epoch_switch", "test_yuma_3_liquid_alpha_disabled",
    ];

    public static string ScenarioPath(string name) => Path.Combine(AppContext.BaseDirectory, "Vectors", "yuma", name + ".json");

    public static JsonElement Expected(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Vectors", "yuma", name + ".expected.json"))).RootElement;

    /// <summary>A fresh file path in a per-test scratch folder.</summary>
    public static string TempFile(string fileName)
    {
        string dir = Path.Combine(Path.GetTempPath(), "btcli-sim-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, fileName);
    }
}
