namespace Bittensor.Runtime.Framework.Types;

/// <summary>A named struct (path such as <c>sp_core::crypto::AccountId32</c>) with fields in encoding order.</summary>
public sealed class CompositeType : TypeRef
{
    internal CompositeType(string[] path, IReadOnlyList<FieldDef> fields, IReadOnlyList<TypeParam> typeParams, IValueCodec? codec, IReadOnlyList<string> docs)
    {
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Fields = fields ?? throw new ArgumentNullException(nameof(fields));
        TypeParams = typeParams;
        Codec = codec;
        Docs = docs;
    }

    public IReadOnlyList<string> Path { get; }

    public IReadOnlyList<FieldDef> Fields { get; }

    public IReadOnlyList<TypeParam> TypeParams { get; }

    /// <summary>The CLR mapping; without one the value is an <c>object?[]</c> of the fields.</summary>
    public IValueCodec? Codec { get; }

    public IReadOnlyList<string> Docs { get; }

    public override string ToString() => string.Join("::", Path);
}
