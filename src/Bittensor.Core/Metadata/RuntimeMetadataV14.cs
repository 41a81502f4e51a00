using Bittensor.Core.Scale;

namespace Bittensor.Core.Metadata;

/// <summary>frame-metadata <c>RuntimeMetadataV14</c>: <c>types, pallets, extrinsic, ty</c>.</summary>
public sealed record RuntimeMetadataV14 : RuntimeMetadata
{
    public RuntimeMetadataV14(PortableRegistry types, IEnumerable<PalletMetadata>? pallets, ExtrinsicMetadataV14 extrinsic, uint runtimeType)
        : base(types, pallets, runtimeType)
    {
        ArgumentNullException.ThrowIfNull(extrinsic);
        Extrinsic = extrinsic;
    }

    public override byte Version => 14;

    public ExtrinsicMetadataV14 Extrinsic { get; init; }

    public override byte ExtrinsicVersion => Extrinsic.Version;

    public override IReadOnlyList<SignedExtensionMetadata> SignedExtensions => Extrinsic.SignedExtensions;

    internal static RuntimeMetadataV14 DecodeBody(ref ScaleReader reader)
    {
        PortableRegistry types = PortableRegistry.Decode(ref reader);
        PalletMetadata[] pallets = ReadPallets(ref reader, types, 14);
        uint extrinsicType = MetadataCodec.ReadTypeRef(ref reader, types, "extrinsic");
        byte version = reader.ReadU8();
        SignedExtensionMetadata[] extensions = MetadataCodec.ReadSignedExtensions(ref reader, types);
        uint runtime = MetadataCodec.ReadTypeRef(ref reader, types, "runtime type");
        return new RuntimeMetadataV14(types, EquatableArray.Own(pallets), new ExtrinsicMetadataV14(extrinsicType, version, EquatableArray.Own(extensions)), runtime);
    }

    private protected override void EncodeBody(ref ScaleWriter writer)
    {
        PortableRegistry types = Types;
        PortableRegistry.Encode(in types, ref writer);
        WritePallets(ref writer);
        writer.WriteCompact(Extrinsic.Type);
        writer.WriteU8(Extrinsic.Version);
        MetadataCodec.WriteSignedExtensions(Extrinsic.SignedExtensions, ref writer);
        writer.WriteCompact(RuntimeType);
    }
}
