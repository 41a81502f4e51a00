namespace Bittensor.Core.Metadata;

/// <summary>V14 extrinsic metadata: the extrinsic type (its type params name the Address, Call, Signature and Extra types), the format version and the signed extensions.</summary>
public sealed record ExtrinsicMetadataV14
{
    public ExtrinsicMetadataV14(uint type, byte version, IEnumerable<SignedExtensionMetadata>? signedExtensions)
    {
        Type = type;
        Version = version;
        SignedExtensions = EquatableArray.Of(signedExtensions);
    }

    /// <summary>The <c>UncheckedExtrinsic</c> type id.</summary>
    public uint Type { get; init; }

    /// <summary>The extrinsic format version (4).</summary>
    public byte Version { get; init; }

    public IReadOnlyList<SignedExtensionMetadata> SignedExtensions { get; init => field = EquatableArray.Of(value); }
}
