namespace Bittensor.Core.Chain.Extrinsics;

/// <summary>One entry of a runtime's transaction extension list: the identifier metadata reports and its wire shape.</summary>
public sealed record TransactionExtension(string Identifier, TransactionExtensionKind Kind);
