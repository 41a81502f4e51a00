namespace Bittensor.Core.Metadata;

/// <summary>V15 extrinsic metadata: the format version, the address, call, signature and extra (tuple of extension) types, and the signed extensions.</summary>
public sealed record ExtrinsicMetadataV15
{
    public ExtrinsicMetadataV15(byte version, uint addressType, uint callType, uint signatureType, uint extraType, IEnumerable<SignedExtensionMetadata>? signedExtensions)
    {
        Version = version;
        AddressType = addressType;
        CallType = callType;
        SignatureType = signatureType;
        ExtraType = extraType;
        SignedExtensions = EquatableArray.Of(signedExtensions);
    }

    /// <summary>The extrinsic format version (4).</summary>
    public byte Version { get; init; }

    public uint AddressType { get; init; }

    /// <summary>The outer <c>RuntimeCall</c> enum.</summary>
    public uint CallType { get; init; }

    public uint SignatureType { get; init; }

    /// <summary>The tuple of the extensions' extrinsic-side types.</summary>
    public uint ExtraType { get; init; }

    public IReadOnlyList<SignedExtensionMetadata> SignedExtensions { get; init => field = EquatableArray.Of(value); }
}
