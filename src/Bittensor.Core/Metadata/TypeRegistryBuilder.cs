namespace Bittensor.Core.Metadata;

/// <summary>
/// Builds a <see cref="PortableRegistry"/> the way scale-info's registry does for a runtime: each distinct type
/// (identified by path + type parameters + definition) gets one id, ids are 0..n−1 in first-registration order,
/// and registering an identical type again returns the existing id. Helpers produce the exact shapes
/// scale-info gives Rust's std types (<c>Option</c>, <c>Result</c>, tuples, arrays, <c>Compact</c>), so
/// clients that special-case them (polkadot.js, the Python SDK) recognise them. Recursive types (a
/// <c>RuntimeCall</c> that contains <c>Vec&lt;RuntimeCall&gt;</c>) use <see cref="Reserve"/> then
/// <see cref="Define"/>. Not thread-safe.
/// </summary>
public sealed class TypeRegistryBuilder
{
    private readonly List<PortableType?> _types = [];
    private readonly Dictionary<TypeIdentity, uint> _ids = [];

    /// <summary>Number of ids handed out (including reserved ones).</summary>
    public int Count => _types.Count;

    /// <summary>The type registered as <paramref name="id"/> (throws for an id reserved but not yet defined).</summary>
    public PortableType this[uint id] =>
        id < (uint)_types.Count && _types[(int)id] is { } type ? type : throw new KeyNotFoundException($"type id {id} is not defined");

    /// <summary>
    /// Registers a type, or returns the id of the identical one (same path, type parameters and definition;
    /// docs do not count and the first registration's docs are kept).
    /// </summary>
    public uint Register(TypeDefinition definition, IEnumerable<string>? path = null, IEnumerable<TypeParameter>? typeParameters = null, IEnumerable<string>? docs = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var type = new PortableType((uint)_types.Count, path, typeParameters, definition, docs);
        CheckReferences(type);
        var identity = new TypeIdentity(type.Path, type.TypeParameters, type.Definition);
        if (_ids.TryGetValue(identity, out uint existing))
        {
            return existing;
        }

        _types.Add(type);
        _ids[identity] = type.Id;
        return type.Id;
    }

    /// <summary>Hands out an id for a type defined later with <see cref="Define"/>, so that the type can refer to itself.</summary>
    public uint Reserve()
    {
        _types.Add(null);
        return (uint)(_types.Count - 1);
    }

    /// <summary>Defines a type whose id came from <see cref="Reserve"/>.</summary>
    public void Define(uint id, TypeDefinition definition, IEnumerable<string>? path = null, IEnumerable<TypeParameter>? typeParameters = null, IEnumerable<string>? docs = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (id >= (uint)_types.Count || _types[(int)id] is not null)
        {
            throw new InvalidOperationException($"type id {id} was not reserved or is already defined");
        }

        var type = new PortableType(id, path, typeParameters, definition, docs);
        CheckReferences(type);
        _types[(int)id] = type;

        // Later registrations of the same shape reuse this id.
        _ids.TryAdd(new TypeIdentity(type.Path, type.TypeParameters, type.Definition), id);
    }

    /// <summary>The registry; throws if a reserved id was never defined.</summary>
    public PortableRegistry Build()
    {
        for (int i = 0; i < _types.Count; i++)
        {
            if (_types[i] is null)
            {
                throw new InvalidOperationException($"type id {i} was reserved but never defined");
            }
        }

        return new PortableRegistry(_types!);
    }

    // ---- primitives ----
    public uint Primitive(PrimitiveKind kind) => Register(new PrimitiveDefinition(kind));

    public uint Bool() => Primitive(PrimitiveKind.Bool);

    public uint Char() => Primitive(PrimitiveKind.Char);

    public uint Str() => Primitive(PrimitiveKind.Str);

    public uint U8() => Primitive(PrimitiveKind.U8);

    public uint U16() => Primitive(PrimitiveKind.U16);

    public uint U32() => Primitive(PrimitiveKind.U32);

    public uint U64() => Primitive(PrimitiveKind.U64);

    public uint U128() => Primitive(PrimitiveKind.U128);

    public uint U256() => Primitive(PrimitiveKind.U256);

    public uint I8() => Primitive(PrimitiveKind.I8);

    public uint I16() => Primitive(PrimitiveKind.I16);

    public uint I32() => Primitive(PrimitiveKind.I32);

    public uint I64() => Primitive(PrimitiveKind.I64);

    public uint I128() => Primitive(PrimitiveKind.I128);

    public uint I256() => Primitive(PrimitiveKind.I256);

    // ---- anonymous shapes ----

    /// <summary><c>Compact&lt;T&gt;</c>.</summary>
    public uint Compact(uint type) => Register(new CompactDefinition(type));

    /// <summary><c>Vec&lt;T&gt;</c>.</summary>
    public uint Sequence(uint element) => Register(new SequenceDefinition(element));

    /// <summary><c>Vec&lt;u8&gt;</c>.</summary>
    public uint Bytes() => Sequence(U8());

    /// <summary><c>[T; N]</c>.</summary>
    public uint Array(uint length, uint element) => Register(new ArrayDefinition(length, element));

    /// <summary><c>[u8; N]</c>.</summary>
    public uint ByteArray(uint length) => Array(length, U8());

    /// <summary>A tuple; no elements is the unit type <c>()</c>.</summary>
    public uint Tuple(params IEnumerable<uint> elements) => Register(new TupleDefinition(elements));

    /// <summary><c>()</c>.</summary>
    public uint Unit() => Tuple();

    /// <summary><c>BitVec&lt;Store, Order&gt;</c>; <paramref name="order"/> is a type with path <c>bitvec::order::Lsb0</c> or <c>Msb0</c> (see <see cref="BitOrder"/>).</summary>
    public uint BitSequence(uint store, uint order) => Register(new BitSequenceDefinition(store, order));

    /// <summary>bitvec's order marker type: <c>bitvec::order::Lsb0</c> or <c>bitvec::order::Msb0</c>, a unit struct.</summary>
    public uint BitOrder(bool msb0 = false) => Register(new CompositeDefinition(), ["bitvec", "order", msb0 ? "Msb0" : "Lsb0"]);

    // ---- std enums, as scale-info describes them ----

    /// <summary>
    /// <c>Option&lt;T&gt;</c>: path <c>["Option"]</c>, parameter <c>T</c>, variants <c>None</c> (0) and
    /// <c>Some(T)</c> (1) with one unnamed field and no type name.
    /// </summary>
    public uint Option(uint some) => Register(
        new VariantDefinition([new Variant("None", 0), new Variant("Some", 1, [Field.Unnamed(some)])]),
        ["Option"],
        [new TypeParameter("T", some)]);

    /// <summary><c>Result&lt;T, E&gt;</c>: path <c>["Result"]</c>, parameters <c>T, E</c>, variants <c>Ok(T)</c> (0) and <c>Err(E)</c> (1).</summary>
    public uint Result(uint ok, uint error) => Register(
        new VariantDefinition([new Variant("Ok", 0, [Field.Unnamed(ok)]), new Variant("Err", 1, [Field.Unnamed(error)])]),
        ["Result"],
        [new TypeParameter("T", ok), new TypeParameter("E", error)]);

    // ---- named types ----

    /// <summary>
    /// A struct or tuple struct at <paramref name="path"/> (<c>"frame_system::AccountInfo"</c>), with fields such as
    /// <c>Field.Named("nonce", u32, "Nonce")</c> or <c>Field.Unnamed(bytes32, "[u8; 32]")</c>.
    /// </summary>
    public uint Composite(string path, IEnumerable<Field>? fields, IEnumerable<TypeParameter>? typeParameters = null, IEnumerable<string>? docs = null) =>
        Register(new CompositeDefinition(fields), SplitPath(path), typeParameters, docs);

    /// <summary>An enum at <paramref name="path"/> with <paramref name="variants"/> (each with its wire index).</summary>
    public uint Variant(string path, IEnumerable<Variant>? variants, IEnumerable<TypeParameter>? typeParameters = null, IEnumerable<string>? docs = null) =>
        Register(new VariantDefinition(variants), SplitPath(path), typeParameters, docs);

    /// <summary>An enum whose variants carry no data and are indexed 0, 1, 2 … in order (<c>Pays { Yes, No }</c>).</summary>
    public uint SimpleEnum(string path, params IEnumerable<string> variantNames) =>
        Variant(path, variantNames.Select((name, i) => new Variant(name, checked((byte)i))));

    /// <summary>Splits <c>"a::b::C"</c> into its segments; an empty string is the empty path.</summary>
    public static string[] SplitPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.Length == 0 ? [] : path.Split("::");
    }

    private void CheckReferences(PortableType type)
    {
        foreach (uint reference in MetadataCodec.References(type))
        {
            if (reference >= (uint)_types.Count)
            {
                throw new ArgumentException($"type {type.PathString} refers to type id {reference}, which has not been registered or reserved ({_types.Count} so far)");
            }
        }
    }

    private sealed record TypeIdentity(IReadOnlyList<string> Path, IReadOnlyList<TypeParameter> Parameters, TypeDefinition Definition);
}
