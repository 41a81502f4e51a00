namespace Bittensor.Core.Metadata;

/// <summary>
/// A signed (transaction) extension (frame_metadata's <c>SignedExtensionMetadata</c>): its identifier, the type
/// of what it adds to the extrinsic and the type of what it adds only to the signed payload. The list order
/// is the order of both tuples.
/// </summary>
public sealed record SignedExtensionMetadata(string Identifier, uint Type, uint AdditionalSigned);
