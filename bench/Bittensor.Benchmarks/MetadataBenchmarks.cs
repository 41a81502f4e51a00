using Bittensor.Core.Metadata;
using Bittensor.Core.Primitives;

namespace Bittensor.Benchmarks;

/// <summary>
/// Metadata on the client's start-up path (decode finney's V15 blob, build the lookups) and the dynamic codec on
/// its per-block path (System.Events, a call). Reads <c>shared/reference/finney</c> from a folder above the
/// benchmark binary (the upstream file is never copied into the repository).
/// </summary>
[MemoryDiagnoser]
public class MetadataBenchmarks
{
    // Vector `events` in shared/vectors/substrate-crypto.json: ExtrinsicSuccess, ExtrinsicFailed(Module 7/6), ExtrinsicSuccess.
    private const string EventsHex = "0x0c000100000000000265cd1d253800000000020000000001030706000000a10f000000000100000000020000";

    private byte[] _v15 = [];
    private byte[] _events = [];
    private ChainMetadata _chain = null!;
    private ScaleValue _call = null!;

    [GlobalSetup]
    public void Setup()
    {
        _v15 = Hex.Decode(File.ReadAllText(FindFinneyFile("metadata-v15-spec320.hex.txt")).AsSpan().Trim());
        _events = Hex.Decode(EventsHex);
        _chain = ChainMetadata.Decode(_v15);
        _call = ScaleValue.Variant("Balances", ScaleValue.Variant(
            "transfer_keep_alive",
            ("dest", ScaleValue.Variant("Id", ScaleValue.Bytes(new byte[32]))),
            ("value", ScaleValue.U64(1_000_000_000))));
    }

    [Benchmark(Description = "Decode finney V15 metadata (296 KB)")]
    public int DecodeV15() => RuntimeMetadata.Decode(_v15).Types.Count;

    [Benchmark(Description = "Decode + ChainMetadata lookups (System.Account key)")]
    public int DecodeAndLookup() => ChainMetadata.Decode(_v15).Storage("System", "Account").Key(ScaleValue.Bytes(new byte[32])).Length;

    [Benchmark(Description = "Encode finney V15 metadata")]
    public int EncodeV15() => _chain.Metadata.Encode().Length;

    [Benchmark(Description = "Dynamic decode System.Events (3 records)")]
    public int DecodeEvents() => _chain.DecodeEvents(_events).Count;

    [Benchmark(Description = "Dynamic encode Balances.transfer_keep_alive")]
    public int EncodeCall() => _chain.Codec.Encode(_chain.CallType, _call).Length;

    private static string FindFinneyFile(string name)
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "reference", "finney", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{name} not found in shared/reference/finney above {AppContext.BaseDirectory}", name);
    }
}
