using System.Text.Json.Nodes;
using Bittensor.Testing;

namespace Bittensor.Sdk.Tests.Chain;

/// <summary>
/// Real finney traffic recorded by the upstream Python SDK's tests (recorded-rpc.json) and finney's metadata,
/// read from <c>../shared/reference/finney</c> beside the repository root (walking up from Bittensor.slnx; a git
/// worktree has it further up). They are never copied into the repository; a missing file fails the test with
/// the path it looked for.
/// </summary>
internal static class FinneyRecordings
{
    private static readonly Lazy<JsonObject> s_recorded = new(() => JsonNode.Parse(File.ReadAllText(PathOf("recorded-rpc.json")))!.AsObject());
    private static readonly Lazy<string> s_v15 = new(() => File.ReadAllText(PathOf("metadata-v15-spec320.hex.txt")).Trim());
    private static readonly Lazy<string> s_v14 = new(() => File.ReadAllText(PathOf("metadata-v14-spec320.hex.txt")).Trim());

    /// <summary>The spec version the shipped metadata describes (its System.Version constant; the file name says 320).</summary>
    public const uint ShippedSpecVersion = 343;

    public static string Folder { get; } = RepoPaths.FinneyFolder;

    public static JsonObject All => s_recorded.Value;

    /// <summary>Metadata_metadata_at_version(15) result hex (Option-wrapped V15).</summary>
    public static string MetadataV15Hex => s_v15.Value;

    /// <summary>state_getMetadata result hex (V14).</summary>
    public static string MetadataV14Hex => s_v14.Value;

    public static JsonObject Section(string name) =>
        All[name]?.AsObject() ?? throw new InvalidOperationException($"recorded-rpc.json has no section '{name}'");

    /// <summary>The spec version in a section's state_getRuntimeVersion answer, or null when it has none.</summary>
    public static uint? SpecVersion(string name)
    {
        if (Section(name)["state_getRuntimeVersion"] is not JsonObject versions)
        {
            return null;
        }

        foreach ((_, JsonNode? answer) in versions)
        {
            JsonNode? response = answer is JsonObject o && o["__cycle__"] is JsonArray cycle ? cycle[^1] : answer;
            if (response?["result"]?["specVersion"] is JsonNode spec)
            {
                return spec.GetValue<uint>();
            }
        }

        return null;
    }

    public static async Task<ReplayServer> ServeAsync(string section)
    {
        ReplayServer server = await ReplayServer.StartAsync(Section(section));
        server.Metadata = (MetadataV15Hex, MetadataV14Hex);
        return server;
    }

    private static string PathOf(string name)
    {
        string path = Path.Combine(Folder, name);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"finney fixture missing: {path}. The chain tests read it from ../shared/reference/finney beside the repository root (it is never copied into the repo).", path);
        }

        return path;
    }
}
