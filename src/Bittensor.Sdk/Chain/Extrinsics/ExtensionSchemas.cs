using Bittensor.Core.Chain.Extrinsics;
using Bittensor.Core.Metadata;

namespace Bittensor.Sdk.Chain.Extrinsics;

/// <summary>
/// Builds the transaction extension list from the metadata (never from hard-coded indices): known identifiers get
/// their encodings; any other extension must be zero-sized in both its explicit and implicit types, or signing would
/// produce a transaction the node cannot check (substrate-wire.md §5).
/// </summary>
public static class ExtensionSchemas
{
    public static TransactionExtensionSchema FromMetadata(ChainMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        List<TransactionExtension> extensions = [];
        foreach (SignedExtensionMetadata extension in metadata.SignedExtensions)
        {
            TransactionExtensionKind kind = extension.Identifier switch
            {
                "CheckSpecVersion" => TransactionExtensionKind.CheckSpecVersion,
                "CheckTxVersion" => TransactionExtensionKind.CheckTxVersion,
                "CheckGenesis" => TransactionExtensionKind.CheckGenesis,
                "CheckMortality" or "CheckEra" => TransactionExtensionKind.CheckMortality,
                "CheckNonce" => TransactionExtensionKind.CheckNonce,
                "ChargeTransactionPayment" => TransactionExtensionKind.ChargeTransactionPayment,
                "CheckMetadataHash" => TransactionExtensionKind.CheckMetadataHash,
                _ when IsZeroSized(metadata.Types, extension.Type) && IsZeroSized(metadata.Types, extension.AdditionalSigned) => TransactionExtensionKind.ZeroSized,
                _ => throw new NotSupportedException($"transaction extension {extension.Identifier} carries data this client cannot produce; refusing to sign"),
            };
            extensions.Add(new TransactionExtension(extension.Identifier, kind));
        }

        return new TransactionExtensionSchema(extensions);
    }

    private static bool IsZeroSized(PortableRegistry types, uint id) => IsZeroSized(types, id, 0);

    private static bool IsZeroSized(PortableRegistry types, uint id, int depth)
    {
        if (depth > 32 || !types.TryResolve(id, out PortableType? type))
        {
            return false;
        }

        return type.Definition switch
        {
            CompositeDefinition c => c.Fields.All(f => IsZeroSized(types, f.Type, depth + 1)),
            TupleDefinition t => t.Elements.All(e => IsZeroSized(types, e, depth + 1)),
            ArrayDefinition a => a.Length == 0 || IsZeroSized(types, a.ElementType, depth + 1),
            _ => false,
        };
    }
}
