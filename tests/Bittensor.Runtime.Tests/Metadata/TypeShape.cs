using System.Text;
using Bittensor.Core.Metadata;

namespace Bittensor.Runtime.Tests.Metadata;

/// <summary>
/// A registry type written out structurally (path, type parameter names, definition, recursively), so that types of two
/// registries with different ids compare as text. A named type already being written, and the runtime's outer enums and
/// <c>Runtime</c> type, are written as their path only (they differ by design between two runtimes' pallet sets).
/// </summary>
internal static class TypeShape
{
    public static string Describe(PortableRegistry registry, uint id)
    {
        var builder = new StringBuilder();
        Write(registry, id, builder, []);
        return builder.ToString();
    }

    private static void Write(PortableRegistry registry, uint id, StringBuilder builder, HashSet<uint> open)
    {
        PortableType type = registry.Resolve(id);
        if (type.Path.Count > 0)
        {
            builder.Append(type.PathString);
            if (type.TypeParameters.Count > 0)
            {
                builder.Append('<').AppendJoin(", ", type.TypeParameters.Select(p => p.Type is null ? p.Name + "?" : p.Name)).Append('>');
            }

            if (type.Path[0] == "node_subtensor_runtime" || !open.Add(id))
            {
                return;
            }
        }

        switch (type.Definition)
        {
            case PrimitiveDefinition p:
                builder.Append(p.Primitive.ToString().ToLowerInvariant());
                break;
            case CompactDefinition c:
                builder.Append("Compact<");
                Write(registry, c.Type, builder, open);
                builder.Append('>');
                break;
            case SequenceDefinition s:
                builder.Append("Vec<");
                Write(registry, s.ElementType, builder, open);
                builder.Append('>');
                break;
            case ArrayDefinition a:
                builder.Append('[');
                Write(registry, a.ElementType, builder, open);
                builder.Append("; ").Append(a.Length).Append(']');
                break;
            case TupleDefinition t:
                builder.Append('(');
                for (int i = 0; i < t.Elements.Count; i++)
                {
                    builder.Append(i == 0 ? string.Empty : ", ");
                    Write(registry, t.Elements[i], builder, open);
                }

                builder.Append(')');
                break;
            case CompositeDefinition c:
                WriteFields(registry, c.Fields, builder, open);
                break;
            case VariantDefinition v:
                builder.Append("{ ");
                foreach (Variant variant in v.Variants.OrderBy(x => x.Index))
                {
                    builder.Append(variant.Index).Append(' ').Append(variant.Name);
                    WriteFields(registry, variant.Fields, builder, open);
                    builder.Append(" | ");
                }

                builder.Append('}');
                break;
            case BitSequenceDefinition b:
                builder.Append("BitVec<");
                Write(registry, b.StoreType, builder, open);
                builder.Append(", ");
                Write(registry, b.OrderType, builder, open);
                builder.Append('>');
                break;
            default:
                builder.Append(type.Definition.Kind);
                break;
        }

        open.Remove(id);
    }

    private static void WriteFields(PortableRegistry registry, IReadOnlyList<Field> fields, StringBuilder builder, HashSet<uint> open)
    {
        if (fields.Count == 0)
        {
            return;
        }

        builder.Append('(');
        for (int i = 0; i < fields.Count; i++)
        {
            builder.Append(i == 0 ? string.Empty : ", ");
            if (fields[i].Name is { } name)
            {
                builder.Append(name).Append(": ");
            }

            Write(registry, fields[i].Type, builder, open);
        }

        builder.Append(')');
    }
}
