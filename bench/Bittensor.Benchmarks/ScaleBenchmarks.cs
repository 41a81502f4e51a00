using System.Buffers;
using Bittensor.Core.Chain;
using Bittensor.Core.Primitives;
using Bittensor.Core.Scale;

namespace Bittensor.Benchmarks;

/// <summary>SCALE on the paths every block import and RPC response pays for: compacts, Vec&lt;u16&gt; (weights, uids), headers.</summary>
[MemoryDiagnoser]
public class ScaleBenchmarks
{
    // Finney block 6 553 223 (vector `header` in shared/vectors/substrate-crypto.json).
    private const string FinneyHeaderHex =
        "0xb5a3b72cc914b520a12e45e9f73fc3076b86fbae1be20b191fb7da4967c6ac471efa8f01800d3090504b36e496fc579edf9db972a9cbc7522d52d96d4804e3396b21be7de3ccef094f2e6176bc4a2d2f42a2d0b0c5f815c8506cf4299c8390c0eac62d390c06617572612007eebc08000000000466726f6e8801e4783b7f433d5462d1b84cfc851cbcf2fe886103b02fab1cce30f82cdaf0d37000056175726101015e77e14c4e02e720bbd213a708dac67de5ea3494b41b6a87f03eee2d2d71557f2c960bd462e14433e758c6fe2584abec9b22b0d550bd25c76f836b413c526b8d";

    // One value per compact mode: 1 byte, 2 bytes, 4 bytes, big-integer (9 bytes).
    private static readonly ulong[] s_compactValues = [42, 16_000, 1_000_000_000 / 4, ulong.MaxValue];

    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private byte[] _compactBytes = [];
    private ushort[] _vec = [];
    private byte[] _vecBytes = [];
    private byte[] _headerBytes = [];
    private Header _header = null!;

    [GlobalSetup]
    public void Setup()
    {
        var writer = new ScaleWriter(_buffer);
        foreach (ulong v in s_compactValues)
        {
            writer.WriteCompact(v);
        }

        _compactBytes = _buffer.WrittenSpan.ToArray();
        _vec = new ushort[256];
        for (int i = 0; i < _vec.Length; i++)
        {
            _vec[i] = (ushort)(i * 257);
        }

        _vecBytes = ScaleCodec.Encode<ushort[], VecCodec<ushort, U16Codec>>(_vec);
        _headerBytes = Hex.Decode(FinneyHeaderHex);
        _header = ScaleCodec.Decode<Header>(_headerBytes);
    }

    [Benchmark(Description = "Compact encode x4 (all modes)")]
    public long CompactEncode()
    {
        _buffer.ResetWrittenCount();
        var writer = new ScaleWriter(_buffer);
        foreach (ulong v in s_compactValues)
        {
            writer.WriteCompact(v);
        }

        return writer.BytesWritten;
    }

    [Benchmark(Description = "Compact decode x4 (all modes)")]
    public ulong CompactDecode()
    {
        var reader = new ScaleReader(_compactBytes);
        ulong sum = 0;
        for (int i = 0; i < s_compactValues.Length; i++)
        {
            sum += reader.ReadCompactU64();
        }

        return sum;
    }

    [Benchmark(Description = "Vec<u16>[256] encode")]
    public long VecU16Encode()
    {
        _buffer.ResetWrittenCount();
        var writer = new ScaleWriter(_buffer);
        writer.WriteVec<ushort, U16Codec>(_vec);
        return writer.BytesWritten;
    }

    [Benchmark(Description = "Vec<u16>[256] decode")]
    public ushort[] VecU16Decode() => ScaleCodec.Decode<ushort[], VecCodec<ushort, U16Codec>>(_vecBytes);

    [Benchmark(Description = "Header encode (buffer)")]
    public long HeaderEncode()
    {
        _buffer.ResetWrittenCount();
        var writer = new ScaleWriter(_buffer);
        writer.Write(_header);
        return writer.BytesWritten;
    }

    [Benchmark(Description = "Header encode (byte[])")]
    public byte[] HeaderEncodeToArray() => _header.Encode();

    [Benchmark(Description = "Header decode")]
    public Header HeaderDecode() => ScaleCodec.Decode<Header>(_headerBytes);

    [Benchmark(Description = "Header hash (encode + blake2b-256)")]
    public H256 HeaderHash() => _header.Hash();
}
