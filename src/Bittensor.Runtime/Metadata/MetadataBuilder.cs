using Bittensor.Core.Chain.Extrinsics;
using Bittensor.Core.Metadata;
using Bittensor.Runtime.Api;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Framework.Storage;
using Bittensor.Runtime.Framework.Types;

namespace Bittensor.Runtime.Metadata;

/// <summary>
/// Generates runtime metadata V14 and V15 from the runtime's own declarations (what <c>construct_runtime!</c> and
/// <c>impl_runtime_apis!</c> emit through frame-metadata): every pallet's storage, calls, events, constants and errors
/// with the pallet index; the extrinsic (version 4, its Address/Call/Signature/extension types and the signed extensions);
/// the runtime type; and, for V15, the runtime APIs and the outer enums. The two versions use separate registries, as
/// upstream builds them, so their type ids differ.
/// </summary>
public static class MetadataBuilder
{
    /// <summary>The extrinsic format version metadata declares (clients refuse anything else).</summary>
    public const byte ExtrinsicVersion = 4;

    public static RuntimeMetadataV14 BuildV14(NodeRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        return BuildV14(runtime.Runtime.Definition);
    }

    public static RuntimeMetadataV14 BuildV14(RuntimeDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var registrar = new TypeRefRegistrar();
        var enums = new PalletEnums();
        PalletMetadata[] pallets = [.. definition.Pallets.Select(p => DescribePallet(registrar, enums, p, withDocs: false))];
        uint extrinsic = registrar.Register(ExtrinsicTypes.UncheckedExtrinsic(definition.Extensions));
        SignedExtensionMetadata[] extensions = SignedExtensions(registrar, definition.Extensions);
        uint runtimeType = registrar.Register(ExtrinsicTypes.Runtime);
        DefineCallAndEvent(registrar, enums, definition);
        return new RuntimeMetadataV14(registrar.Builder.Build(), pallets, new ExtrinsicMetadataV14(extrinsic, ExtrinsicVersion, extensions), runtimeType);
    }

    public static RuntimeMetadataV15 BuildV15(NodeRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        return BuildV15(runtime.Runtime.Definition, runtime.Apis.Apis);
    }

    public static RuntimeMetadataV15 BuildV15(RuntimeDefinition definition, IReadOnlyList<RuntimeApiDescriptor> apis)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(apis);
        var registrar = new TypeRefRegistrar();
        var enums = new PalletEnums();
        PalletMetadata[] pallets = [.. definition.Pallets.Select(p => DescribePallet(registrar, enums, p, withDocs: true))];
        TransactionExtensionSchema schema = definition.Extensions;
        var extrinsic = new ExtrinsicMetadataV15(
            ExtrinsicVersion,
            registrar.Register(KnownTypes.MultiAddress),
            registrar.Outer(OuterEnumKind.RuntimeCall),
            registrar.Register(ExtrinsicTypes.MultiSignature),
            registrar.Register(ExtrinsicTypes.Extension(schema)),
            SignedExtensions(registrar, schema));
        uint runtimeType = registrar.Register(ExtrinsicTypes.Runtime);
        RuntimeApiMetadata[] apiMetadata = [.. apis.Select(api => DescribeApi(registrar, api))];
        DefineCallAndEvent(registrar, enums, definition);
        uint errorEnum = registrar.DefineOuter(
            OuterEnumKind.RuntimeError,
            ["node_subtensor_runtime", "RuntimeError"],
            definition.Pallets.Where(p => enums.Errors.ContainsKey(p.Index)).Select(p => OuterVariant(p, enums.Errors[p.Index], $"{PalletCrates.CrateOf(p.Name)}::Error<Runtime>")));
        var outer = new OuterEnums(registrar.Outer(OuterEnumKind.RuntimeCall), registrar.Outer(OuterEnumKind.RuntimeEvent), errorEnum);
        return new RuntimeMetadataV15(registrar.Builder.Build(), pallets, extrinsic, runtimeType, apiMetadata, outer);
    }

    private static PalletMetadata DescribePallet(TypeRefRegistrar registrar, PalletEnums enums, Pallet pallet, bool withDocs)
    {
        PalletStorageMetadata? storage = pallet.Storage.Count == 0
            ? null
            : new PalletStorageMetadata(pallet.Name, [.. pallet.Storage.Select(entry => DescribeStorage(registrar, entry))]);
        string crate = PalletCrates.CrateOf(pallet.Name);
        TypeParameter[] parameters = [.. PalletCrates.TypeParameterNames(pallet.Name).Select(name => new TypeParameter(name, null))];
        uint? calls = null;
        if (pallet.Calls.Count > 0)
        {
            Variant[] variants = [.. pallet.Calls.Select(c => new Variant(c.Name, c.Index, registrar.Fields(c.Parameters), TypeInfoDocs(c.Docs)))];
            calls = registrar.Builder.Register(new VariantDefinition(variants), [crate, "pallet", "Call"], parameters, PalletCrates.CallEnumDocs(pallet.Name));
            enums.Calls[pallet.Index] = calls.Value;
        }

        uint? events = null;
        if (pallet.Events.Count > 0)
        {
            Variant[] variants = [.. pallet.Events.Select(e => new Variant(e.Name, e.Index, registrar.Fields(e.Fields), TypeInfoDocs(e.Docs)))];
            events = registrar.Builder.Register(new VariantDefinition(variants), [crate, "pallet", "Event"], parameters, PalletCrates.EventEnumDocs(pallet.Name));
            enums.Events[pallet.Index] = events.Value;
        }

        PalletConstantMetadata[] constants = [.. pallet.Constants.Select(c => new PalletConstantMetadata(c.Name, registrar.Register(c.Type), c.Value, c.Docs))];
        uint? errors = null;
        if (pallet.Errors.Count > 0)
        {
            Variant[] variants = [.. pallet.Errors.Select(e => new Variant(e.Name, e.Index, null, TypeInfoDocs(e.Docs)))];
            errors = registrar.Builder.Register(new VariantDefinition(variants), [crate, "pallet", "Error"], parameters, PalletCrates.ErrorEnumDocs(pallet.Name));
            enums.Errors[pallet.Index] = errors.Value;
        }

        return new PalletMetadata(pallet.Name, pallet.Index, storage, calls, events, constants, errors, withDocs ? pallet.Docs : null);
    }

    /// <summary>
    /// The docs of a call, event or error variant as scale-info records them: the <c>///</c> text without its one leading
    /// space (finney's metadata has "The root network does not exist." and keeps deeper indentation such as "  - item"),
    /// while storage and constant docs, which frame's macros emit themselves, keep it.
    /// </summary>
    private static string[] TypeInfoDocs(IReadOnlyList<string> docs) => [.. docs.Select(line => line.StartsWith(' ') ? line[1..] : line)];

    private static StorageEntryMetadata DescribeStorage(TypeRefRegistrar registrar, StorageEntry entry)
    {
        var modifier = entry.Modifier == StorageModifier.Default ? StorageEntryModifier.Default : StorageEntryModifier.Optional;
        if (!entry.IsMap)
        {
            return StorageEntryMetadata.Plain(entry.Name, modifier, registrar.Register(entry.ValueType), entry.DefaultBytes, entry.Docs);
        }

        // One key is described as itself; several as the tuple of the keys (frame-support's StorageNMap / double map).
        TypeRef key = entry.KeyTypes.Count == 1 ? entry.KeyTypes[0] : TypeRef.Tuple([.. entry.KeyTypes]);
        uint keyType = registrar.Register(key);
        return StorageEntryMetadata.Map(entry.Name, modifier, entry.Hashers, keyType, registrar.Register(entry.ValueType), entry.DefaultBytes, entry.Docs);
    }

    private static SignedExtensionMetadata[] SignedExtensions(TypeRefRegistrar registrar, TransactionExtensionSchema schema) =>
        [.. schema.Extensions.Select(extension =>
        {
            ExtensionTypes types = ExtrinsicTypes.Describe(extension);
            return new SignedExtensionMetadata(extension.Identifier, registrar.Register(types.Extra), registrar.Register(types.Implicit));
        })];

    private static RuntimeApiMetadata DescribeApi(TypeRefRegistrar registrar, RuntimeApiDescriptor api) =>
        new(
            api.Name,
            api.Methods.Select(m => new RuntimeApiMethodMetadata(
                m.Name,
                m.Inputs.Select(i => new RuntimeApiMethodParameter(i.Name ?? throw new InvalidOperationException($"{api.Name}_{m.Name} has an unnamed input"), registrar.Register(i.Type))),
                registrar.Register(m.Output),
                m.Docs)),
            api.Docs);

    /// <summary>
    /// <c>RuntimeCall</c> and <c>RuntimeEvent</c> (variant index = pallet index, one field: the pallet's enum), with the
    /// field type names construct_runtime! writes.
    /// </summary>
    private static void DefineCallAndEvent(TypeRefRegistrar registrar, PalletEnums enums, RuntimeDefinition definition)
    {
        registrar.DefineOuter(
            OuterEnumKind.RuntimeCall,
            ["node_subtensor_runtime", "RuntimeCall"],
            definition.Pallets.Where(p => enums.Calls.ContainsKey(p.Index)).Select(p => OuterVariant(p, enums.Calls[p.Index], $"self::sp_api_hidden_includes_construct_runtime::hidden_include::dispatch\n::CallableCallFor<{p.Name}, Runtime>")));
        registrar.DefineOuter(
            OuterEnumKind.RuntimeEvent,
            ["node_subtensor_runtime", "RuntimeEvent"],
            definition.Pallets.Where(p => enums.Events.ContainsKey(p.Index)).Select(p => OuterVariant(p, enums.Events[p.Index], $"{PalletCrates.CrateOf(p.Name)}::Event<Runtime>")));
    }

    private static Variant OuterVariant(Pallet pallet, uint inner, string typeName) => new(pallet.Name, pallet.Index, [Field.Unnamed(inner, typeName)]);

    /// <summary>The ids of each pallet's Call, Event and Error enums by pallet index, for the outer enums.</summary>
    private sealed class PalletEnums
    {
        public Dictionary<byte, uint> Calls { get; } = [];

        public Dictionary<byte, uint> Events { get; } = [];

        public Dictionary<byte, uint> Errors { get; } = [];
    }
}
