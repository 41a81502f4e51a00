namespace Bittensor.Core.Metadata;

/// <summary>An enum: a u8 variant index then that variant's fields (<c>TypeDefVariant</c>).</summary>
public sealed record VariantDefinition : TypeDefinition
{
    public VariantDefinition(IEnumerable<Variant>? variants = null) => Variants = EquatableArray.Of(variants);

    public override TypeDefinitionKind Kind => TypeDefinitionKind.Variant;

    /// <summary>The variants in declaration order; their <see cref="Variant.Index"/> is what goes on the wire.</summary>
    public IReadOnlyList<Variant> Variants { get; init => field = EquatableArray.Of(value); }

    /// <summary>The variant with wire index <paramref name="index"/>, or null.</summary>
    public Variant? FindByIndex(byte index)
    {
        foreach (Variant v in Variants)
        {
            if (v.Index == index)
            {
                return v;
            }
        }

        return null;
    }

    /// <summary>The variant named <paramref name="name"/> (ordinal), or null.</summary>
    public Variant? FindByName(string name)
    {
        foreach (Variant v in Variants)
        {
            if (string.Equals(v.Name, name, StringComparison.Ordinal))
            {
                return v;
            }
        }

        return null;
    }
}
