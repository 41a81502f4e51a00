using Bittensor.Runtime.Framework.Types;

namespace Bittensor.Runtime.Metadata;

/// <summary>
/// A transaction extension's metadata types: what it adds to the extrinsic (<paramref name="Extra"/>), what it adds to
/// the signed payload only (<paramref name="Implicit"/>), and the inner tuple of upstream's <c>TxExtension</c> it sits in.
/// </summary>
internal sealed record ExtensionTypes(TypeRef Extra, TypeRef Implicit, string? Group);
