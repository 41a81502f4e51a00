using Bittensor.Core.Scale;

namespace Bittensor.Core.Metadata;

/// <summary>frame-metadata <c>RuntimeMetadataV15</c>: <c>types, pallets (with docs), extrinsic, ty, apis, outer_enums, custom</c>.</summary>
public sealed record RuntimeMetadataV15 : RuntimeMetadata
{
    public RuntimeMetadataV15(
        PortableRegistry types,
        IEnumerable<PalletMetadata>? pallets,
        ExtrinsicMetadataV15 extrinsic,
        uint runtimeType,
        IEnumerable<RuntimeApiMetadata>? apis,
        OuterEnums outerEnums,
        IEnumerable<CustomValueMetadata>? custom = null)
        : base(types, pallets, runtimeType)
    {
        ArgumentNullException.ThrowIfNull(extrinsic);
        ArgumentNullException.ThrowIfNull(outerEnums);
        Extrinsic = extrinsic;
        Apis = EquatableArray.Of(apis);
        OuterEnums = outerEnums;
        Custom = EquatableArray.Of(custom);
    }

    public override byte Version => 15;

    public ExtrinsicMetadataV15 Extrinsic { get; init; }

    public override byte ExtrinsicVersion => Extrinsic.Version;

    public override IReadOnlyList<SignedExtensionMetadata> SignedExtensions => Extrinsic.SignedExtensions;

    /// <summary>The runtime APIs callable through <c>state_call</c>.</summary>
    public IReadOnlyList<RuntimeApiMetadata> Apis { get; init => field = EquatableArray.Of(value); }

    public OuterEnums OuterEnums { get; init; }

    /// <summary>Custom values, in key order as encoded.</summary>
    public IReadOnlyList<CustomValueMetadata> Custom { get; init => field = EquatableArray.Of(value); }

    internal static RuntimeMetadataV15 DecodeBody(ref ScaleReader reader)
    {
        PortableRegistry types = PortableRegistry.Decode(ref reader);
        PalletMetadata[] pallets = ReadPallets(ref reader, types, 15);
        byte version = reader.ReadU8();
        uint address = MetadataCodec.ReadTypeRef(ref reader, types, "extrinsic address_ty");
        uint call = MetadataCodec.ReadTypeRef(ref reader, types, "extrinsic call_ty");
        uint signature = MetadataCodec.ReadTypeRef(ref reader, types, "extrinsic signature_ty");
        uint extra = MetadataCodec.ReadTypeRef(ref reader, types, "extrinsic extra_ty");
        SignedExtensionMetadata[] extensions = MetadataCodec.ReadSignedExtensions(ref reader, types);
        uint runtime = MetadataCodec.ReadTypeRef(ref reader, types, "runtime type");
        RuntimeApiMetadata[] apis = MetadataCodec.ReadApis(ref reader, types);
        uint callEnum = MetadataCodec.ReadTypeRef(ref reader, types, "outer_enums call_enum_ty");
        uint eventEnum = MetadataCodec.ReadTypeRef(ref reader, types, "outer_enums event_enum_ty");
        uint errorEnum = MetadataCodec.ReadTypeRef(ref reader, types, "outer_enums error_enum_ty");
        CustomValueMetadata[] custom = MetadataCodec.ReadCustom(ref reader, types);
        return new RuntimeMetadataV15(
            types,
            EquatableArray.Own(pallets),
            new ExtrinsicMetadataV15(version, address, call, signature, extra, EquatableArray.Own(extensions)),
            runtime,
            EquatableArray.Own(apis),
            new OuterEnums(callEnum, eventEnum, errorEnum),
            EquatableArray.Own(custom));
    }

    private protected override void EncodeBody(ref ScaleWriter writer)
    {
        PortableRegistry types = Types;
        PortableRegistry.Encode(in types, ref writer);
        WritePallets(ref writer);
        writer.WriteU8(Extrinsic.Version);
        writer.WriteCompact(Extrinsic.AddressType);
        writer.WriteCompact(Extrinsic.CallType);
        writer.WriteCompact(Extrinsic.SignatureType);
        writer.WriteCompact(Extrinsic.ExtraType);
        MetadataCodec.WriteSignedExtensions(Extrinsic.SignedExtensions, ref writer);
        writer.WriteCompact(RuntimeType);
        MetadataCodec.WriteApis(Apis, ref writer);
        writer.WriteCompact(OuterEnums.CallEnumType);
        writer.WriteCompact(OuterEnums.EventEnumType);
        writer.WriteCompact(OuterEnums.ErrorEnumType);
        MetadataCodec.WriteCustom(Custom, ref writer);
    }
}
