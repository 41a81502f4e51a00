using System.Diagnostics.CodeAnalysis;

namespace Bittensor.Core.Metadata;

/// <summary>
/// Runtime metadata (V14 or V15) with the lookups clients need: pallets by name or index, storage items with
/// key building, calls/events/errors by name or index, constants, runtime API methods, signed extensions, and
/// a <see cref="ScaleValueCodec"/> over its registry. Build one per runtime version and share it (thread-safe).
/// </summary>
public sealed partial class ChainMetadata
{
    private readonly Dictionary<string, PalletMetadata> _palletsByName = new(StringComparer.Ordinal);
    private readonly PalletMetadata?[] _palletsByIndex = new PalletMetadata?[256];
    private readonly uint? _callType;
    private readonly uint? _eventType;
    private readonly uint? _addressType;
    private readonly uint? _signatureType;

    public ChainMetadata(RuntimeMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        Metadata = metadata;
        Codec = new ScaleValueCodec(metadata.Types);
        foreach (PalletMetadata pallet in metadata.Pallets)
        {
            // First wins if malformed metadata repeats a name or index.
            _palletsByName.TryAdd(pallet.Name, pallet);
            _palletsByIndex[pallet.Index] ??= pallet;
        }

        switch (metadata)
        {
            case RuntimeMetadataV15 v15:
                _callType = v15.Extrinsic.CallType;
                _eventType = v15.OuterEnums.EventEnumType;
                ErrorType = v15.OuterEnums.ErrorEnumType;
                _addressType = v15.Extrinsic.AddressType;
                _signatureType = v15.Extrinsic.SignatureType;
                break;
            case RuntimeMetadataV14 v14 when metadata.Types.TryResolve(v14.Extrinsic.Type, out PortableType? extrinsic):
                // V14 names the Address/Call/Signature types only as the UncheckedExtrinsic's type parameters.
                _callType = extrinsic.TypeArgument("Call");
                _addressType = extrinsic.TypeArgument("Address");
                _signatureType = extrinsic.TypeArgument("Signature");
                _eventType = metadata.Types.FindByPath("frame_system::EventRecord").Select(t => t.TypeArgument("E")).FirstOrDefault(e => e is not null);
                break;
            default:
                break;
        }
    }

    /// <summary>Decodes metadata in any form a node returns (see <see cref="RuntimeMetadata.Decode(ReadOnlySpan{byte})"/>).</summary>
    public static ChainMetadata Decode(ReadOnlySpan<byte> data) => new(RuntimeMetadata.Decode(data));

    public static ChainMetadata FromHex(string hex) => new(RuntimeMetadata.FromHex(hex));

    public RuntimeMetadata Metadata { get; }

    /// <summary>14 or 15.</summary>
    public byte Version => Metadata.Version;

    public PortableRegistry Types => Metadata.Types;

    /// <summary>The dynamic codec over <see cref="Types"/>.</summary>
    public ScaleValueCodec Codec { get; }

    public IReadOnlyList<PalletMetadata> Pallets => Metadata.Pallets;

    /// <summary>The signed extensions in signing order.</summary>
    public IReadOnlyList<SignedExtensionMetadata> SignedExtensions => Metadata.SignedExtensions;

    public byte ExtrinsicVersion => Metadata.ExtrinsicVersion;

    /// <summary>The outer <c>RuntimeCall</c> enum (variant = pallet, then the pallet's call).</summary>
    public uint CallType => _callType ?? throw Missing("the RuntimeCall type");

    /// <summary>The outer <c>RuntimeEvent</c> enum.</summary>
    public uint EventType => _eventType ?? throw Missing("the RuntimeEvent type");

    /// <summary>The outer <c>RuntimeError</c> enum (V15 only).</summary>
    public uint? ErrorType { get; }

    /// <summary>The extrinsic address type (<c>MultiAddress</c>).</summary>
    public uint AddressType => _addressType ?? throw Missing("the extrinsic Address type");

    /// <summary>The extrinsic signature type (<c>MultiSignature</c>).</summary>
    public uint SignatureType => _signatureType ?? throw Missing("the extrinsic Signature type");

    /// <summary>The runtime APIs (V15; empty for V14).</summary>
    public IReadOnlyList<RuntimeApiMetadata> Apis => Metadata is RuntimeMetadataV15 v15 ? v15.Apis : [];

    // ---- pallets ----

    /// <summary>The pallet named <paramref name="name"/>; throws <see cref="KeyNotFoundException"/> if there is none.</summary>
    public PalletMetadata Pallet(string name) =>
        TryGetPallet(name, out PalletMetadata? pallet) ? pallet : throw new KeyNotFoundException($"no pallet named {name}");

    /// <summary>The pallet with index <paramref name="index"/>.</summary>
    public PalletMetadata Pallet(byte index) =>
        TryGetPallet(index, out PalletMetadata? pallet) ? pallet : throw new KeyNotFoundException($"no pallet with index {index}");

    public bool TryGetPallet(string name, [NotNullWhen(true)] out PalletMetadata? pallet)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _palletsByName.TryGetValue(name, out pallet);
    }

    public bool TryGetPallet(byte index, [NotNullWhen(true)] out PalletMetadata? pallet)
    {
        pallet = _palletsByIndex[index];
        return pallet is not null;
    }

    // ---- storage ----

    /// <summary>The storage item <paramref name="pallet"/>.<paramref name="item"/> (<c>("System", "Account")</c>).</summary>
    public StorageItem Storage(string pallet, string item) =>
        TryGetStorage(pallet, item, out StorageItem? found) ? found : throw new KeyNotFoundException($"no storage item {pallet}.{item}");

    public bool TryGetStorage(string pallet, string item, [NotNullWhen(true)] out StorageItem? found)
    {
        ArgumentNullException.ThrowIfNull(item);
        found = null;
        if (!TryGetPallet(pallet, out PalletMetadata? p) || p.Storage is not { } storage)
        {
            return false;
        }

        foreach (StorageEntryMetadata entry in storage.Entries)
        {
            if (string.Equals(entry.Name, item, StringComparison.Ordinal))
            {
                found = new StorageItem(Codec, p, storage, entry);
                return true;
            }
        }

        return false;
    }

    /// <summary>Every storage item of <paramref name="pallet"/>.</summary>
    public IReadOnlyList<StorageItem> StorageItems(string pallet)
    {
        PalletMetadata p = Pallet(pallet);
        return p.Storage is { } storage ? [.. storage.Entries.Select(e => new StorageItem(Codec, p, storage, e))] : [];
    }

    // ---- constants ----

    /// <summary>The constant <paramref name="pallet"/>.<paramref name="name"/> with its encoded value.</summary>
    public PalletConstantMetadata Constant(string pallet, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (PalletConstantMetadata constant in Pallet(pallet).Constants)
        {
            if (string.Equals(constant.Name, name, StringComparison.Ordinal))
            {
                return constant;
            }
        }

        throw new KeyNotFoundException($"no constant {pallet}.{name}");
    }

    /// <summary>The constant's value decoded with its type (<c>ConstantValue("System", "BlockHashCount").ToUInt32()</c>).</summary>
    public ScaleValue ConstantValue(string pallet, string name)
    {
        PalletConstantMetadata constant = Constant(pallet, name);
        return Codec.Decode(constant.Type, constant.Value.Span);
    }

    // ---- runtime APIs ----

    /// <summary>The runtime API method <paramref name="api"/>_<paramref name="method"/>; V14 metadata has none.</summary>
    public RuntimeApiMethod RuntimeApi(string api, string method) =>
        TryGetRuntimeApi(api, method, out RuntimeApiMethod? found) ? found : throw new KeyNotFoundException($"no runtime API method {api}_{method}");

    public bool TryGetRuntimeApi(string api, string method, [NotNullWhen(true)] out RuntimeApiMethod? found)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(method);
        found = null;
        foreach (RuntimeApiMetadata a in Apis)
        {
            if (string.Equals(a.Name, api, StringComparison.Ordinal) && a.FindMethod(method) is { } m)
            {
                found = new RuntimeApiMethod(Codec, a, m);
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the signed extension <paramref name="identifier"/> is in the list.</summary>
    public bool HasSignedExtension(string identifier) => SignedExtensions.Any(e => e.Identifier == identifier);

    public override string ToString() => $"metadata V{Version}: {Types.Count} types, {Pallets.Count} pallets";

    private static InvalidOperationException Missing(string what) => new($"the metadata does not name {what}");
}
