using Bittensor.Core.Chain.Extrinsics;
using Bittensor.Runtime.Framework.Types;

namespace Bittensor.Runtime.Metadata;

/// <summary>
/// The scale-info descriptions of subtensor's extrinsic (runtime/src/lib.rs at 14bc6f9: <c>UncheckedExtrinsic =
/// fp_self_contained::UncheckedExtrinsic&lt;Address, RuntimeCall, Signature, TxExtension&gt;</c>) and of each transaction
/// extension, with the paths and parameters the finney recording shows. polkadot.js and the Python SDK find the
/// Address, Call and Signature types through the parameters of <c>sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic</c>.
/// </summary>
internal static class ExtrinsicTypes
{
    // The inner tuples of upstream's TxExtension = (SystemTxExtension, CustomTxExtension, CheckMetadataHash).
    private const string SystemGroup = "system";
    private const string CustomGroup = "custom";

    private static readonly TypeParam PhantomT = new("T", null);

    /// <summary><c>node_subtensor_runtime::Runtime</c>, the unit struct construct_runtime! declares.</summary>
    public static CompositeType Runtime { get; } = TypeRef.Composite(["node_subtensor_runtime", "Runtime"], []);

    /// <summary><c>sp_runtime::MultiSignature</c>: Ed25519 and Sr25519 carry 64 bytes, Ecdsa 65.</summary>
    public static VariantType MultiSignature { get; } = TypeRef.Variant(
        ["sp_runtime", "MultiSignature"],
        [
            new VariantDef("Ed25519", 0, [new FieldDef(null, TypeRef.Array(64, TypeRef.U8), "ed25519::Signature")]),
            new VariantDef("Sr25519", 1, [new FieldDef(null, TypeRef.Array(64, TypeRef.U8), "sr25519::Signature")]),
            new VariantDef("Ecdsa", 2, [new FieldDef(null, TypeRef.Array(65, TypeRef.U8), "ecdsa::Signature")]),
        ]);

    /// <summary><c>sp_runtime::generic::era::Era</c>: Immortal (0) and Mortal1…Mortal255, each carrying the second byte.</summary>
    public static VariantType Era { get; } = TypeRef.Variant(
        ["sp_runtime", "generic", "era", "Era"],
        [new VariantDef("Immortal", 0, []), .. Enumerable.Range(1, 255).Select(i => new VariantDef($"Mortal{i}", (byte)i, [new FieldDef(null, TypeRef.U8)]))]);

    /// <summary>
    /// The <c>TxExtension</c> tuple as upstream nests it: <c>(SystemTxExtension, CustomTxExtension, CheckMetadataHash)</c>;
    /// consecutive extensions of the same group form one inner tuple (a flat list when the groups are unknown). The
    /// encoding is the same either way.
    /// </summary>
    public static TypeRef Extension(TransactionExtensionSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var groups = new List<(string? Group, List<TypeRef> Items)>();
        foreach (TransactionExtension extension in schema.Extensions)
        {
            ExtensionTypes types = Describe(extension);
            if (groups.Count > 0 && types.Group is not null && groups[^1].Group == types.Group)
            {
                groups[^1].Items.Add(types.Extra);
            }
            else
            {
                groups.Add((types.Group, [types.Extra]));
            }
        }

        return TypeRef.Tuple([.. groups.Select(g => g.Group is null ? g.Items[0] : TypeRef.Tuple([.. g.Items]))]);
    }

    /// <summary>
    /// <c>fp_self_contained::unchecked_extrinsic::UncheckedExtrinsic&lt;Address, Call, Signature, Extension&gt;</c> wrapping
    /// <c>sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic</c>, whose TypeInfo is a single <c>Vec&lt;u8&gt;</c>
    /// (the extrinsic's own length-prefixed encoding).
    /// </summary>
    public static CompositeType UncheckedExtrinsic(TransactionExtensionSchema schema)
    {
        TypeRef extension = Extension(schema);
        CompositeType inner = TypeRef.Composite(
            ["sp_runtime", "generic", "unchecked_extrinsic", "UncheckedExtrinsic"],
            [new FieldDef(null, TypeRef.Bytes)],
            [new TypeParam("Address", KnownTypes.MultiAddress), new TypeParam("Call", TypeRef.RuntimeCall), new TypeParam("Signature", MultiSignature), new TypeParam("Extra", extension)]);
        return TypeRef.Composite(
            ["fp_self_contained", "unchecked_extrinsic", "UncheckedExtrinsic"],
            [new FieldDef(null, inner, "generic::UncheckedExtrinsic<Address, Call, Signature, Extension>")],
            [new TypeParam("Address", KnownTypes.MultiAddress), new TypeParam("Call", TypeRef.RuntimeCall), new TypeParam("Signature", MultiSignature), new TypeParam("Extension", extension)]);
    }

    /// <summary>The extension's explicit ("extra") and implicit ("additional signed") types and its TxExtension group.</summary>
    public static ExtensionTypes Describe(TransactionExtension extension)
    {
        ArgumentNullException.ThrowIfNull(extension);
        return extension.Identifier switch
        {
            "CheckNonZeroSender" => System("check_non_zero_sender", "CheckNonZeroSender", [], TypeRef.Unit),
            "CheckSpecVersion" => System("check_spec_version", "CheckSpecVersion", [], TypeRef.U32),
            "CheckTxVersion" => System("check_tx_version", "CheckTxVersion", [], TypeRef.U32),
            "CheckGenesis" => System("check_genesis", "CheckGenesis", [], KnownTypes.H256),

            // runtime/src/check_mortality.rs: CheckMortality<T>(pub Era, PhantomData<T>), skip_type_params(T).
            "CheckMortality" => new(Local(["node_subtensor_runtime", "check_mortality", "CheckMortality"], [new FieldDef(null, Era, "Era")]), KnownTypes.H256, SystemGroup),

            // runtime/src/check_nonce.rs: CheckNonce<T>(#[codec(compact)] pub T::Nonce).
            "CheckNonce" => new(Local(["node_subtensor_runtime", "check_nonce", "CheckNonce"], [new FieldDef(null, TypeRef.Compact(TypeRef.U32), "T::Nonce")]), TypeRef.Unit, SystemGroup),
            "CheckWeight" => System("check_weight", "CheckWeight", [], TypeRef.Unit),

            // runtime/src/transaction_payment_wrapper.rs: ChargeTransactionPaymentWrapper<T> { inner: ChargeTransactionPayment<T> }.
            "ChargeTransactionPayment" or "ChargeTransactionPaymentWrapper" => new(
                Local(
                    ["node_subtensor_runtime", "transaction_payment_wrapper", "ChargeTransactionPaymentWrapper"],
                    [new FieldDef("inner", Local(["pallet_transaction_payment", "ChargeTransactionPayment"], [new FieldDef(null, TypeRef.Compact(TypeRef.U64), "BalanceOf<T>")]), "ChargeTransactionPayment<T>")]),
                TypeRef.Unit,
                CustomGroup),

            // Zero-sized PhantomData<T> wrappers whose T (the Runtime) is not skipped.
            "SudoTransactionExtension" => Custom(["node_subtensor_runtime", "sudo_wrapper", "SudoTransactionExtension"]),
            "CheckShieldedTxValidity" => Custom(["pallet_shield", "extension", "CheckShieldedTxValidity"]),
            "SubtensorTransactionExtension" => Custom(["pallet_subtensor", "extensions", "subtensor", "SubtensorTransactionExtension"]),
            "DrandPriority" => Custom(["pallet_drand", "drand_priority", "DrandPriority"]),

            // frame_metadata_hash_extension: CheckMetadataHash<T> { mode: Mode }, implicit Option<[u8; 32]>.
            "CheckMetadataHash" => new(
                Local(["frame_metadata_hash_extension", "CheckMetadataHash"], [new FieldDef("mode", TypeRef.Variant(["frame_metadata_hash_extension", "Mode"], [new VariantDef("Disabled", 0, []), new VariantDef("Enabled", 1, [])]), "Mode")]),
                TypeRef.Option(TypeRef.Array(32, TypeRef.U8)),
                null),
            _ => ByKind(extension),
        };
    }

    private static ExtensionTypes System(string module, string name, IReadOnlyList<FieldDef> fields, TypeRef implicitType) =>
        new(Local(["frame_system", "extensions", module, name], fields), implicitType, SystemGroup);

    private static CompositeType Local(string[] path, IReadOnlyList<FieldDef> fields) => TypeRef.Composite(path, fields, [PhantomT]);

    private static ExtensionTypes Custom(string[] path) =>
        new(TypeRef.Composite(path, [], [new TypeParam("T", Runtime)]), TypeRef.Unit, CustomGroup);

    /// <summary>An extension this table does not name: its shape from its kind, under the runtime crate.</summary>
    private static ExtensionTypes ByKind(TransactionExtension extension) => extension.Kind switch
    {
        TransactionExtensionKind.ZeroSized => new(Local(["node_subtensor_runtime", extension.Identifier], []), TypeRef.Unit, null),
        _ => throw new ArgumentException($"no metadata description for transaction extension {extension.Identifier} ({extension.Kind})", nameof(extension)),
    };
}
