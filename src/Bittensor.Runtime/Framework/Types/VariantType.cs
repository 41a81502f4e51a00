namespace Bittensor.Runtime.Framework.Types;

/// <summary>A named enum whose variants carry explicit indices.</summary>
public sealed class VariantType : TypeRef
{
    internal VariantType(string[] path, IReadOnlyList<VariantDef> variants, IReadOnlyList<TypeParam> typeParams, IValueCodec? codec, IReadOnlyList<string> docs)
    {
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Variants = variants ?? throw new ArgumentNullException(nameof(variants));
        TypeParams = typeParams;
        Codec = codec;
        Docs = docs;
    }

    public IReadOnlyList<string> Path { get; }

    public IReadOnlyList<VariantDef> Variants { get; }

    public IReadOnlyList<TypeParam> TypeParams { get; }

    /// <summary>The CLR mapping; without one the value is a <see cref="VariantValue"/>.</summary>
    public IValueCodec? Codec { get; }

    public IReadOnlyList<string> Docs { get; }

    public VariantDef? FindVariant(byte index)
    {
        foreach (VariantDef variant in Variants)
        {
            if (variant.Index == index)
            {
                return variant;
            }
        }

        return null;
    }

    public override string ToString() => string.Join("::", Path);
}
