using System.Buffers;
using Bittensor.Core.Primitives;
using Bittensor.Core.Scale;

namespace Bittensor.Core.Metadata;

/// <summary>
/// Runtime metadata as frame-metadata defines it: <see cref="RuntimeMetadataV14"/> or
/// <see cref="RuntimeMetadataV15"/>, both a type registry plus pallets, extrinsic and runtime type. Decode any
/// blob a node returns with <see cref="Decode(ReadOnlySpan{byte})"/>; <see cref="Encode()"/> gives the bare
/// envelope back byte for byte. For lookups wrap it in ChainMetadata.
/// </summary>
public abstract record RuntimeMetadata
{
    private protected RuntimeMetadata(PortableRegistry types, IEnumerable<PalletMetadata>? pallets, uint runtimeType)
    {
        ArgumentNullException.ThrowIfNull(types);
        Types = types;
        Pallets = EquatableArray.Of(pallets);
        RuntimeType = runtimeType;
    }

    /// <summary>The envelope version byte (14 or 15).</summary>
    public abstract byte Version { get; }

    /// <summary>The type registry every id in this metadata refers to.</summary>
    public PortableRegistry Types { get; init; }

    public IReadOnlyList<PalletMetadata> Pallets { get; init => field = EquatableArray.Of(value); }

    /// <summary>The <c>Runtime</c> type id.</summary>
    public uint RuntimeType { get; init; }

    /// <summary>The extrinsic format version (4).</summary>
    public abstract byte ExtrinsicVersion { get; }

    /// <summary>The signed extensions, in signing order.</summary>
    public abstract IReadOnlyList<SignedExtensionMetadata> SignedExtensions { get; }

    /// <summary>
    /// Decodes metadata in any of the forms nodes return: the bare envelope (<c>state_getMetadata</c>), a
    /// <c>Vec&lt;u8&gt;</c> (<c>Metadata_metadata</c>) or an <c>Option&lt;Vec&lt;u8&gt;&gt;</c>
    /// (<c>Metadata_metadata_at_version</c>). Malformed input throws <see cref="FormatException"/> naming the offset.
    /// </summary>
    public static RuntimeMetadata Decode(ReadOnlySpan<byte> data) => Decode(data, out _);

    /// <inheritdoc cref="Decode(ReadOnlySpan{byte})"/>
    public static RuntimeMetadata Decode(ReadOnlySpan<byte> data, out MetadataWrapping wrapping)
    {
        wrapping = MetadataEnvelope.DetectWrapping(data);
        var reader = new ScaleReader(data);
        MetadataEnvelope.SkipWrapper(ref reader, wrapping);
        int magicAt = reader.Position;
        uint magic = reader.ReadU32();
        if (magic != MetadataEnvelope.Magic)
        {
            throw ScaleReader.Error($"metadata magic 0x{magic:x8}, expected 0x{MetadataEnvelope.Magic:x8} (\"meta\")", magicAt);
        }

        int versionAt = reader.Position;
        byte version = reader.ReadU8();
        RuntimeMetadata metadata = version switch
        {
            14 => RuntimeMetadataV14.DecodeBody(ref reader),
            15 => RuntimeMetadataV15.DecodeBody(ref reader),
            _ => throw ScaleReader.Error($"metadata version {version} is not supported (14 and 15 are)", versionAt),
        };
        reader.EnsureConsumed();
        return metadata;
    }

    /// <summary>Decodes hex (with or without <c>0x</c>, surrounding whitespace ignored) as <see cref="Decode(ReadOnlySpan{byte})"/> does.</summary>
    public static RuntimeMetadata FromHex(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        return Decode(Hex.Decode(hex.AsSpan().Trim()));
    }

    /// <summary>The bare envelope: magic, version byte, body.</summary>
    public byte[] Encode()
    {
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        var writer = new ScaleWriter(buffer);
        writer.WriteU32(MetadataEnvelope.Magic);
        writer.WriteU8(Version);
        EncodeBody(ref writer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The envelope wrapped as <paramref name="wrapping"/> says.</summary>
    public byte[] Encode(MetadataWrapping wrapping) => MetadataEnvelope.Wrap(Encode(), wrapping);

    private protected abstract void EncodeBody(ref ScaleWriter writer);

    /// <summary>The pallets of a body, after the registry.</summary>
    private protected static PalletMetadata[] ReadPallets(ref ScaleReader reader, PortableRegistry types, byte version)
    {
        int count = reader.ReadLength(version >= 15 ? 8 : 7, "pallets");
        var pallets = new List<PalletMetadata>(Math.Min(count, 256));
        for (int i = 0; i < count; i++)
        {
            pallets.Add(MetadataCodec.ReadPallet(ref reader, types, version));
        }

        return [.. pallets];
    }

    private protected void WritePallets(ref ScaleWriter writer)
    {
        writer.WriteLength(Pallets.Count);
        foreach (PalletMetadata pallet in Pallets)
        {
            MetadataCodec.WritePallet(pallet, ref writer, Version);
        }
    }
}
