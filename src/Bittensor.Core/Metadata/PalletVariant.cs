namespace Bittensor.Core.Metadata;

/// <summary>
/// A call, event or error of a pallet: the pallet's name and index, the pallet enum's type id and the variant.
/// On the wire a call or event is <c>[PalletIndex, Index] ++ fields</c>; a module error is
/// <c>ModuleError { index: PalletIndex, error: [Index, 0, 0, 0] }</c>.
/// </summary>
public sealed record PalletVariant(string PalletName, byte PalletIndex, uint EnumType, Variant Variant)
{
    /// <summary>The variant name (<c>"transfer_keep_alive"</c>, <c>"ExtrinsicSuccess"</c>).</summary>
    public string Name => Variant.Name;

    /// <summary>The call, event or error index.</summary>
    public byte Index => Variant.Index;

    public IReadOnlyList<Field> Fields => Variant.Fields;

    public IReadOnlyList<string> Docs => Variant.Docs;

    /// <summary><c>Pallet.Name</c>, the form clients print (polkadot.js prints <c>section.method</c> with a lower-case section).</summary>
    public string QualifiedName => $"{PalletName}.{Name}";

    public override string ToString() => $"{QualifiedName} ({PalletIndex}, {Index})";
}
