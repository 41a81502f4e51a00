namespace Bittensor.Runtime.Framework.Types;

/// <summary>One variant of an enum type: name, SCALE index, fields, docs.</summary>
public sealed record VariantDef(string Name, byte Index, IReadOnlyList<FieldDef> Fields, IReadOnlyList<string>? Docs = null)
{
    public IReadOnlyList<string> Docs { get; init; } = Docs ?? [];
}
