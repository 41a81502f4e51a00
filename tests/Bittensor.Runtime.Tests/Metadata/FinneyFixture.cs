using Bittensor.Core.Metadata;
using Bittensor.Core.Primitives;
using Bittensor.Testing;

namespace Bittensor.Runtime.Tests.Metadata;

/// <summary>
/// Finney's recorded metadata (spec 343, files named spec320), read in place from <c>shared/reference/finney</c> and
/// never copied into the repository; a missing file fails naming the path.
/// </summary>
internal static class FinneyFixture
{
    private static readonly Lazy<RuntimeMetadataV14> s_v14 = new(() => (RuntimeMetadataV14)RuntimeMetadata.Decode(Load("metadata-v14-spec320.hex.txt")));
    private static readonly Lazy<RuntimeMetadataV15> s_v15 = new(() => (RuntimeMetadataV15)RuntimeMetadata.Decode(Load("metadata-v15-spec320.hex.txt")));

    public static RuntimeMetadataV14 V14 => s_v14.Value;

    public static RuntimeMetadataV15 V15 => s_v15.Value;

    private static byte[] Load(string name)
    {
        string path = Path.Combine(RepoPaths.FinneyFolder, name);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"finney metadata fixture missing: {path} (read from ../shared/reference/finney, never copied into the repository)", path);
        }

        return Hex.Decode(File.ReadAllText(path).AsSpan().Trim());
    }
}
