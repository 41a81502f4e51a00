using Bittensor.Core.Scale;

namespace Bittensor.Core.Metadata;

/// <summary>
/// The metadata envelope: <c>u32 magic 0x6174656d</c> (bytes "meta") ++ <c>u8 version</c> ++ the versioned body,
/// and the <c>Vec&lt;u8&gt;</c> / <c>Option&lt;Vec&lt;u8&gt;&gt;</c> wrappers the runtime APIs put around it.
/// </summary>
public static class MetadataEnvelope
{
    /// <summary>The magic number, read as a little-endian u32.</summary>
    public const uint Magic = 0x6174656d;

    /// <summary>The magic as it appears on the wire: "meta".</summary>
    public static ReadOnlySpan<byte> MagicBytes => "meta"u8;

    /// <summary>Recognises how <paramref name="data"/> is wrapped; throws <see cref="FormatException"/> if it is no metadata.</summary>
    public static MetadataWrapping DetectWrapping(ReadOnlySpan<byte> data)
    {
        if (data.StartsWith(MagicBytes))
        {
            return MetadataWrapping.None;
        }

        if (data.Length == 1 && data[0] == 0)
        {
            throw ScaleReader.Error("Option<OpaqueMetadata> is None: the runtime does not offer that metadata version", 0);
        }

        if (data.Length > 0 && data[0] == 1 && IsLengthPrefixedEnvelope(data[1..]))
        {
            return MetadataWrapping.OptionVec;
        }

        if (IsLengthPrefixedEnvelope(data))
        {
            return MetadataWrapping.Vec;
        }

        throw ScaleReader.Error("not runtime metadata: expected the magic \"meta\" (0x6d657461), optionally inside Vec<u8> or Option<Vec<u8>>", 0);
    }

    /// <summary>Skips the wrapper of <paramref name="wrapping"/> so that <paramref name="reader"/> stands at the magic and its end is the envelope's end.</summary>
    internal static void SkipWrapper(ref ScaleReader reader, MetadataWrapping wrapping)
    {
        if (wrapping == MetadataWrapping.OptionVec && !reader.ReadOptionTag())
        {
            throw ScaleReader.Error("Option<OpaqueMetadata> is None", 0);
        }

        if (wrapping != MetadataWrapping.None)
        {
            int at = reader.Position;
            int length = reader.ReadLength(1, "OpaqueMetadata");
            if (length != reader.Remaining)
            {
                throw ScaleReader.Error($"OpaqueMetadata length {length} does not match the {reader.Remaining} bytes that follow", at);
            }
        }
    }

    /// <summary>The bare envelope inside <paramref name="data"/>, whatever its wrapping.</summary>
    public static ReadOnlySpan<byte> Unwrap(ReadOnlySpan<byte> data, out MetadataWrapping wrapping)
    {
        wrapping = DetectWrapping(data);
        var reader = new ScaleReader(data);
        SkipWrapper(ref reader, wrapping);
        return data[reader.Position..];
    }

    /// <summary>Wraps a bare envelope as <paramref name="wrapping"/> says (e.g. the answer of <c>Metadata_metadata_at_version</c>).</summary>
    public static byte[] Wrap(ReadOnlySpan<byte> envelope, MetadataWrapping wrapping)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(envelope.Length + 6);
        var writer = new ScaleWriter(buffer);
        switch (wrapping)
        {
            case MetadataWrapping.None:
                writer.WriteBytes(envelope);
                break;
            case MetadataWrapping.Vec:
                writer.WriteByteVec(envelope);
                break;
            case MetadataWrapping.OptionVec:
                writer.WriteU8(1);
                writer.WriteByteVec(envelope);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(wrapping), wrapping, "unknown wrapping");
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The version byte of the envelope in <paramref name="data"/> (any wrapping).</summary>
    public static byte PeekVersion(ReadOnlySpan<byte> data)
    {
        ReadOnlySpan<byte> envelope = Unwrap(data, out _);
        if (envelope.Length < 5)
        {
            throw ScaleReader.Error("metadata envelope ends before its version byte", data.Length);
        }

        return envelope[4];
    }

    private static bool IsLengthPrefixedEnvelope(ReadOnlySpan<byte> data)
    {
        try
        {
            var reader = new ScaleReader(data);
            uint length = reader.ReadCompactU32();
            return length == (uint)reader.Remaining && data[reader.Position..].StartsWith(MagicBytes);
        }
        catch (FormatException)
        {
            // Not a canonical compact length: so not this wrapping; the caller tries the next one.
            return false;
        }
    }
}
