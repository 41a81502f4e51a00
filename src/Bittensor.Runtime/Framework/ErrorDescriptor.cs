namespace Bittensor.Runtime.Framework;

/// <summary>A pallet error variant: as a dispatch error it is <c>Module { index: pallet, error: [index, 0, 0, 0] }</c>.</summary>
public sealed class ErrorDescriptor
{
    internal ErrorDescriptor(string palletName, byte palletIndex, byte index, string name, IReadOnlyList<string> docs)
    {
        PalletName = palletName;
        PalletIndex = palletIndex;
        Index = index;
        Name = name;
        Docs = docs;
    }

    public string PalletName { get; }

    public byte PalletIndex { get; }

    public byte Index { get; }

    public string Name { get; }

    public IReadOnlyList<string> Docs { get; }

    public DispatchError ToDispatchError() => DispatchError.Module(PalletIndex, Index);

    public static implicit operator DispatchError(ErrorDescriptor error) => error?.ToDispatchError() ?? throw new ArgumentNullException(nameof(error));

    public override string ToString() => $"{PalletName}.{Name}";
}
