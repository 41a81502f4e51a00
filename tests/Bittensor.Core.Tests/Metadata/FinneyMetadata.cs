using Bittensor.Core.Metadata;
using Bittensor.Core.Primitives;
using Bittensor.Testing;

namespace Bittensor.Core.Tests.Metadata;

/// <summary>
/// Finney's real metadata at spec 320, read from the shared upstream folder beside the repository
/// (<c>../shared/reference/finney</c>); the files are never copied into the repository. A missing file fails
/// the test that needs it with the path it looked for.
/// </summary>
internal static class FinneyMetadata
{
    private static readonly Lazy<byte[]> s_v14Bytes = new(() => Load("metadata-v14-spec320.hex.txt"));
    private static readonly Lazy<byte[]> s_v15Bytes = new(() => Load("metadata-v15-spec320.hex.txt"));
    private static readonly Lazy<RuntimeMetadataV14> s_v14 = new(() => (RuntimeMetadataV14)RuntimeMetadata.Decode(V14Bytes));
    private static readonly Lazy<RuntimeMetadataV15> s_v15 = new(() => (RuntimeMetadataV15)RuntimeMetadata.Decode(V15Bytes));

    /// <summary>
    /// <c>shared/reference/finney</c> beside the repository root, or beside one of its ancestors: a git worktree
    /// under <c>/work/wt/name</c> has the shared folder two levels up rather than one.
    /// </summary>
    private static readonly Lazy<ChainMetadata> s_chainV14 = new(() => new ChainMetadata(V14));
    private static readonly Lazy<ChainMetadata> s_chainV15 = new(() => new ChainMetadata(V15));

    public static string Folder { get; } = RepoPaths.FinneyFolder;

    /// <summary>The bytes of <c>state_getMetadata</c> (bare V14 envelope).</summary>
    public static byte[] V14Bytes => s_v14Bytes.Value;

    /// <summary>The bytes of <c>Metadata_metadata_at_version(15)</c> (Option&lt;Vec&lt;u8&gt;&gt;-wrapped V15 envelope).</summary>
    public static byte[] V15Bytes => s_v15Bytes.Value;

    public static RuntimeMetadataV14 V14 => s_v14.Value;

    public static RuntimeMetadataV15 V15 => s_v15.Value;

    public static ChainMetadata ChainV14 => s_chainV14.Value;

    public static ChainMetadata ChainV15 => s_chainV15.Value;

    /// <summary>The lookups over V14 or V15 (their type ids differ; names and indices agree).</summary>
    public static ChainMetadata Chain(int version) => version == 14 ? ChainV14 : ChainV15;
    private static byte[] Load(string name)
    {
        string path = Path.Combine(Folder, name);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"finney metadata fixture missing: {path}. The metadata tests read it from ../shared/reference/finney beside the repository root (it is never copied into the repo).",
                path);
        }

        return Hex.Decode(File.ReadAllText(path).AsSpan().Trim());
    }
}
