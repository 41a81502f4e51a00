using System.Text.Json;

namespace Bittensor.Sdk.Tests.Support;

/// <summary>Loads the checked-in golden vectors from the test output folder.</summary>
internal static class VectorFile
{
    private static readonly Dictionary<string, JsonDocument> s_cache = [];
    private static readonly Lock s_lock = new();

    public static JsonElement Load(string name)
    {
        lock (s_lock)
        {
            if (!s_cache.TryGetValue(name, out JsonDocument? doc))
            {
                string path = Path.Combine(AppContext.BaseDirectory, "Vectors", name);
                doc = JsonDocument.Parse(File.ReadAllText(path));
                s_cache[name] = doc;
            }

            return doc.RootElement;
        }
    }

    public static JsonElement SynapseProtocol => Load("synapse-protocol.json");

    public static JsonElement KeyfileEncryption => Load("keyfile-encryption.json");
}
