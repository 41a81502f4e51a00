using System.Buffers;
using System.Text.Json;
using Bittensor.Core.Primitives;
using Bittensor.Core.Scale;
using Bittensor.Core.Tests.Vectors;

namespace Bittensor.Core.Tests.Scale;

/// <summary>Shared access to the <c>scale</c> vectors and small encode/decode shorthands.</summary>
internal static class ScaleTestHelpers
{
    public static JsonElement ScaleVectors => VectorFile.SubstrateCrypto.GetProperty("scale");

    public static byte[] VectorBytes(string key) => Hex.Decode(ScaleVectors.GetProperty(key).GetString()!);

    public static byte[] VectorBytes(string key, int index) => Hex.Decode(ScaleVectors.GetProperty(key)[index].GetString()!);

    /// <summary>Encodes with a writer callback (for values built from several writes).</summary>
    public static string EncodeHex(WriteAction write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var writer = new ScaleWriter(buffer);
        write(ref writer);
        Assert.Equal(buffer.WrittenCount, writer.BytesWritten);
        return Hex.Encode(buffer.WrittenSpan);
    }

    public static string EncodeHex<T, TCodec>(in T value)
        where TCodec : IScaleCodec<T> => Hex.Encode(ScaleCodec.Encode<T, TCodec>(in value));

    public delegate void WriteAction(ref ScaleWriter writer);
}
