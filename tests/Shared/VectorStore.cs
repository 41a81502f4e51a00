using System.Text.Json;

namespace Bittensor.Testing;

/// <summary>
/// Loads the checked-in golden vectors (copied from shared/vectors, or built for this project) from the
/// test output folder's Vectors/, parsing each file once per process. Linked into every test project.
/// </summary>
internal static class VectorStore
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
}
