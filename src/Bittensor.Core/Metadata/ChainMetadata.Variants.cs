using System.Diagnostics.CodeAnalysis;

namespace Bittensor.Core.Metadata;

/// <summary>Calls, events and errors by name or by index.</summary>
public sealed partial class ChainMetadata
{
    private enum VariantKind
    {
        Call,
        Event,
        Error,
    }

    /// <summary>The call <paramref name="pallet"/>.<paramref name="name"/>; its wire form starts <c>[PalletIndex, Index]</c>.</summary>
    public PalletVariant Call(string pallet, string name) => Find(VariantKind.Call, pallet, name);

    /// <summary>The call with pallet index <paramref name="palletIndex"/> and call index <paramref name="callIndex"/>.</summary>
    public PalletVariant Call(byte palletIndex, byte callIndex) => Find(VariantKind.Call, palletIndex, callIndex);

    public bool TryGetCall(byte palletIndex, byte callIndex, [NotNullWhen(true)] out PalletVariant? call) =>
        TryFind(VariantKind.Call, palletIndex, callIndex, out call);

    public PalletVariant Event(string pallet, string name) => Find(VariantKind.Event, pallet, name);

    public PalletVariant Event(byte palletIndex, byte eventIndex) => Find(VariantKind.Event, palletIndex, eventIndex);

    public bool TryGetEvent(byte palletIndex, byte eventIndex, [NotNullWhen(true)] out PalletVariant? @event) =>
        TryFind(VariantKind.Event, palletIndex, eventIndex, out @event);

    public PalletVariant Error(string pallet, string name) => Find(VariantKind.Error, pallet, name);

    public PalletVariant Error(byte palletIndex, byte errorIndex) => Find(VariantKind.Error, palletIndex, errorIndex);

    public bool TryGetError(byte palletIndex, byte errorIndex, [NotNullWhen(true)] out PalletVariant? error) =>
        TryFind(VariantKind.Error, palletIndex, errorIndex, out error);

    /// <summary>
    /// The error a <c>DispatchError::Module(ModuleError { index, error })</c> names: the pallet by index and the
    /// error by the first byte of the 4-byte <paramref name="error"/> (vector: <c>(7, [6,0,0,0])</c> is
    /// <c>SubtensorModule.HotKeyNotRegisteredInNetwork</c>).
    /// </summary>
    public PalletVariant ModuleError(byte palletIndex, ReadOnlySpan<byte> error)
    {
        if (error.IsEmpty)
        {
            throw new ArgumentException("the module error bytes are empty", nameof(error));
        }

        return Error(palletIndex, error[0]);
    }

    /// <summary>Every call of <paramref name="pallet"/> in declaration order (empty if it has none).</summary>
    public IReadOnlyList<PalletVariant> Calls(string pallet) => All(VariantKind.Call, pallet);

    public IReadOnlyList<PalletVariant> Events(string pallet) => All(VariantKind.Event, pallet);

    public IReadOnlyList<PalletVariant> Errors(string pallet) => All(VariantKind.Error, pallet);

    private static uint? EnumOf(PalletMetadata pallet, VariantKind kind) => kind switch
    {
        VariantKind.Call => pallet.Calls,
        VariantKind.Event => pallet.Event,
        _ => pallet.Error,
    };

    private VariantDefinition? Definition(PalletMetadata pallet, VariantKind kind, out uint enumType)
    {
        enumType = 0;
        if (EnumOf(pallet, kind) is not uint id || !Types.TryResolve(id, out PortableType? type))
        {
            return null;
        }

        enumType = id;
        return type.Definition as VariantDefinition;
    }

    private PalletVariant Find(VariantKind kind, string pallet, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        PalletMetadata p = Pallet(pallet);
        if (Definition(p, kind, out uint enumType)?.FindByName(name) is { } variant)
        {
            return new PalletVariant(p.Name, p.Index, enumType, variant);
        }

        throw new KeyNotFoundException($"pallet {pallet} has no {kind.ToString().ToLowerInvariant()} named {name}");
    }

    private PalletVariant Find(VariantKind kind, byte palletIndex, byte index) =>
        TryFind(kind, palletIndex, index, out PalletVariant? found)
            ? found
            : throw new KeyNotFoundException($"no {kind.ToString().ToLowerInvariant()} ({palletIndex}, {index})");

    private bool TryFind(VariantKind kind, byte palletIndex, byte index, [NotNullWhen(true)] out PalletVariant? found)
    {
        found = null;
        if (TryGetPallet(palletIndex, out PalletMetadata? p) && Definition(p, kind, out uint enumType)?.FindByIndex(index) is { } variant)
        {
            found = new PalletVariant(p.Name, p.Index, enumType, variant);
        }

        return found is not null;
    }

    private PalletVariant[] All(VariantKind kind, string pallet)
    {
        PalletMetadata p = Pallet(pallet);
        VariantDefinition? definition = Definition(p, kind, out uint enumType);
        return definition is null ? [] : [.. definition.Variants.Select(v => new PalletVariant(p.Name, p.Index, enumType, v))];
    }
}
