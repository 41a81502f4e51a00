using Bittensor.Core.Metadata;
using Bittensor.Runtime.Framework.Types;

namespace Bittensor.Runtime.Metadata;

/// <summary>
/// Turns the runtime's <see cref="TypeRef"/> descriptions into ids of a portable registry, the way scale-info's
/// <c>Registry::register_type</c> does: depth-first, a type's fields before the type itself, and one id per distinct
/// shape (<see cref="TypeRegistryBuilder"/> deduplicates by path, type parameters and definition). The outer enums
/// (<c>RuntimeCall</c>, <c>RuntimeEvent</c>, <c>RuntimeError</c>) are recursive through pallet calls such as
/// <c>Sudo.sudo(call)</c>, so a reference to one reserves its id and <see cref="DefineOuter"/> fills it in later.
/// </summary>
internal sealed class TypeRefRegistrar
{
    private readonly Dictionary<TypeRef, uint> _known = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<TypeRef> _inProgress = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OuterEnumKind, uint> _outer = [];

    public TypeRegistryBuilder Builder { get; } = new();

    /// <summary>The id of <paramref name="type"/>, registering it (and everything it refers to) on first use.</summary>
    public uint Register(TypeRef type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (_known.TryGetValue(type, out uint known))
        {
            return known;
        }

        if (type is OuterEnumType outer)
        {
            return Outer(outer.Kind);
        }

        if (!_inProgress.Add(type))
        {
            // A named type that contains itself other than through an outer enum cannot be described without Reserve.
            throw new InvalidOperationException($"type {type} refers to itself; only the outer enums may be recursive");
        }

        uint id = type switch
        {
            PrimitiveType p => Builder.Primitive(p.Kind),
            CompactType c => Builder.Compact(Register(c.Inner)),
            SequenceType s => Builder.Sequence(Register(s.Inner)),
            ArrayType a => Builder.Array((uint)a.Length, Register(a.Inner)),
            TupleType t => Builder.Tuple([.. t.Items.Select(Register)]),
            CompositeType c => Builder.Register(new CompositeDefinition(Fields(c.Fields)), c.Path, Parameters(c.TypeParams), c.Docs),
            VariantType v => Builder.Register(new VariantDefinition(Variants(v.Variants)), v.Path, Parameters(v.TypeParams), v.Docs),
            _ => throw new ArgumentException($"metadata cannot describe {type.GetType().Name} {type}", nameof(type)),
        };

        _inProgress.Remove(type);
        _known[type] = id;
        return id;
    }

    /// <summary>The id of an outer enum, reserved on first reference and defined by <see cref="DefineOuter"/>.</summary>
    public uint Outer(OuterEnumKind kind)
    {
        if (!_outer.TryGetValue(kind, out uint id))
        {
            id = Builder.Reserve();
            _outer[kind] = id;
        }

        return id;
    }

    public bool IsReserved(OuterEnumKind kind) => _outer.ContainsKey(kind);

    /// <summary>Defines an outer enum (reserving its id first if nothing referred to it yet).</summary>
    public uint DefineOuter(OuterEnumKind kind, IReadOnlyList<string> path, IEnumerable<Variant> variants)
    {
        uint id = Outer(kind);
        Builder.Define(id, new VariantDefinition(variants), path);
        return id;
    }

    public Field[] Fields(IReadOnlyList<FieldDef> fields) =>
        [.. fields.Select(f => new Field(f.Name, Register(f.Type), f.TypeName, f.Docs))];

    public Variant[] Variants(IReadOnlyList<VariantDef> variants) =>
        [.. variants.Select(v => new Variant(v.Name, v.Index, Fields(v.Fields), v.Docs))];

    private TypeParameter[] Parameters(IReadOnlyList<TypeParam> parameters) =>
        [.. parameters.Select(p => new TypeParameter(p.Name, p.Type is null ? null : Register(p.Type)))];
}
