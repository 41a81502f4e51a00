using Bittensor.Runtime.Framework.Types;

namespace Bittensor.Runtime.Framework;

/// <summary>A pallet event variant: index, name, typed fields and docs. <see cref="Create"/> makes an instance to deposit.</summary>
public sealed class EventDescriptor
{
    internal EventDescriptor(string palletName, byte palletIndex, byte index, string name, IReadOnlyList<FieldDef> fields, IReadOnlyList<string> docs)
    {
        PalletName = palletName;
        PalletIndex = palletIndex;
        Index = index;
        Name = name;
        Fields = fields;
        Docs = docs;
    }

    public string PalletName { get; }

    public byte PalletIndex { get; }

    public byte Index { get; }

    public string Name { get; }

    public IReadOnlyList<FieldDef> Fields { get; }

    public IReadOnlyList<string> Docs { get; }

    /// <summary>An event with field values in declaration order (CLR types as <see cref="ScaleValue"/> maps them).</summary>
    public RuntimeEvent Create(params object?[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != Fields.Count)
        {
            throw new ArgumentException($"{this} has {Fields.Count} field(s), got {values.Length} value(s)", nameof(values));
        }

        return new RuntimeEvent(this, values);
    }

    public override string ToString() => $"{PalletName}.{Name}";
}
