using System.Collections.Frozen;
using System.Reflection;

namespace Bittensor.Core.Crypto;

/// <summary>The BIP-39 English word list (2048 words, embedded resource <c>Bittensor.Core.Crypto.Bip39.english.txt</c>).</summary>
internal static class Bip39WordList
{
    internal const int Count = 2048;
    private const string ResourceName = "Bittensor.Core.Crypto.Bip39.english.txt";

    private static readonly Lazy<(string[] Words, FrozenDictionary<string, int> Index)> s_list = new(Load);

    internal static string[] Words => s_list.Value.Words;

    internal static bool TryGetIndex(string word, out int index) => s_list.Value.Index.TryGetValue(word, out index);

    private static (string[] Words, FrozenDictionary<string, int> Index) Load()
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using StreamReader reader = new(stream);
        string[] words = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length != Count)
        {
            throw new InvalidOperationException($"BIP-39 word list has {words.Length} words, expected {Count}");
        }

        Dictionary<string, int> index = new(Count, StringComparer.Ordinal);
        for (int i = 0; i < words.Length; i++)
        {
            index.Add(words[i], i);
        }

        return (words, index.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
